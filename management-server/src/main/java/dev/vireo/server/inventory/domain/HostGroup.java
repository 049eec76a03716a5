package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Optional;

/**
 * A node of the host group tree. The tree has one root, "All Hosts", created by the schema
 * migration. Each group stores its materialised path of ids ({@code /<root>/<child>/}); a subtree
 * is every group whose path starts with this group's path, which is one indexed prefix query.
 */
@Entity
@Table(name = "host_group")
public class HostGroup extends AggregateRoot {
  /** The id of "All Hosts", fixed by the migration that creates the tree. */
  public static final String ROOT_ID = "00000000-0000-0000-0000-000000000001";

  /** The deepest level a group may sit at (the root is level 0); bounds the path's length. */
  public static final int MAX_DEPTH = 20;

  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "parent_id", length = 36)
  private String parentId;

  @Column(name = "path", nullable = false, length = 800)
  private String path;

  @Column(name = "depth", nullable = false)
  private int depth;

  protected HostGroup() {}

  private HostGroup(String id, String name, String description, String parentId, String path) {
    super(id);
    this.name = name;
    this.description = description;
    this.parentId = parentId;
    this.path = path;
    this.depth = depthOf(path);
  }

  /** A new group under {@code parent}. Sibling-name uniqueness is checked by the caller. */
  public static HostGroup createUnder(HostGroup parent, String name, String description) {
    validate(name, description);
    if (parent.depth + 1 > MAX_DEPTH) {
      throw tooDeep();
    }
    String id = newId();
    return new HostGroup(id, name, description, parent.id(), parent.path + id + "/");
  }

  /** The root group as the migration creates it (for tests of pure logic). */
  public static HostGroup root() {
    return new HostGroup(ROOT_ID, "All Hosts", "", null, "/" + ROOT_ID + "/");
  }

  public void rename(String newName, String newDescription) {
    validate(newName, newDescription);
    this.name = newName;
    this.description = newDescription;
  }

  /**
   * Moves this group and its subtree under {@code newParent}.
   *
   * @param descendants every group of this group's subtree, without this group
   */
  public void moveUnder(HostGroup newParent, Collection<HostGroup> descendants) {
    if (isRoot()) {
      throw new DomainException(
          InventoryError.INVENTORY_ROOT_HOST_GROUP, "'All Hosts' is the root and cannot move.");
    }
    if (contains(newParent.path)) {
      throw new DomainException(
          InventoryError.INVENTORY_MOVE_INTO_OWN_SUBTREE,
          "'"
              + name
              + "' cannot move under '"
              + newParent.name
              + "', which is inside its subtree.");
    }
    int height = descendants.stream().mapToInt(d -> d.depth - depth).max().orElse(0);
    if (newParent.depth + 1 + height > MAX_DEPTH) {
      throw tooDeep();
    }
    String oldPath = path;
    String newPath = newParent.path + id() + "/";
    parentId = newParent.id();
    rebase(oldPath, newPath);
    for (HostGroup d : descendants) {
      d.rebase(oldPath, newPath);
    }
  }

  private void rebase(String oldPrefix, String newPrefix) {
    if (!path.startsWith(oldPrefix)) {
      throw new IllegalArgumentException(path + " is not below " + oldPrefix);
    }
    path = newPrefix + path.substring(oldPrefix.length());
    depth = depthOf(path);
  }

  /** Whether {@code otherPath} is this group's path or lies below it. */
  public boolean contains(String otherPath) {
    return otherPath.startsWith(path);
  }

  public boolean contains(HostGroup other) {
    return contains(other.path);
  }

  public boolean isRoot() {
    return parentId == null;
  }

  private static int depthOf(String path) {
    return (int) path.chars().filter(c -> c == '/').count() - 2;
  }

  private static DomainException tooDeep() {
    return new DomainException(
        InventoryError.INVENTORY_TREE_TOO_DEEP,
        "Host groups may nest at most " + MAX_DEPTH + " levels below 'All Hosts'.");
  }

  private static void validate(String name, String description) {
    Validation.start()
        .requireName(name, "name")
        .requireMaxLength(description, 1024, "description")
        .throwIfInvalid();
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public Optional<String> parentId() {
    return Optional.ofNullable(parentId);
  }

  public String path() {
    return path;
  }

  public int depth() {
    return depth;
  }
}
