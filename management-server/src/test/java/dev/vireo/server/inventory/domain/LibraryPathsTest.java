package dev.vireo.server.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LibraryPathsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x",
        "a/../../b",
        "a/..",
        "..",
        "/etc/passwd",
        "\\\\server\\share",
        "C:\\x",
        "c:x",
        "a\u0000b",
        "a\nb",
        "a//b",
        "./a",
        "a/./b",
        ""
      })
  void relativePath_thatCouldLeaveTheShareOrIsNotPlain_isRejected(String path) {
    assertThatThrownBy(() -> LibraryPaths.requireRelativePath(path))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_PATH_ESCAPES_SHARE);
  }

  @Test
  void relativePath_plain_isAccepted_withSlashesNormalised() {
    assertThat(LibraryPaths.requireRelativePath("iso\\debian..13.iso"))
        .isEqualTo("iso/debian..13.iso");
    assertThat(LibraryPaths.requireRelativePath("a/b/c.qcow2")).isEqualTo("a/b/c.qcow2");
  }

  @Test
  void relativePath_tooLong_isRejected() {
    assertThatThrownBy(
            () -> LibraryPaths.requireRelativePath("a".repeat(LibraryPaths.MAX_LENGTH + 1)))
        .isInstanceOf(DomainException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "relative",
        "srv/library",
        "/srv/../etc",
        "/srv/./x",
        "/srv//x",
        "C:",
        "/a\u0000",
        ""
      })
  void sharePath_notCleanAndAbsolute_isRejected(String path) {
    assertThatThrownBy(() -> LibraryPaths.requireSharePath(path))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_INVALID_SHARE_PATH);
  }

  @Test
  void sharePath_absolute_isAccepted_withoutTrailingSeparators() {
    assertThat(LibraryPaths.requireSharePath("/srv/library/")).isEqualTo("/srv/library");
    assertThat(LibraryPaths.requireSharePath("D:\\Library\\")).isEqualTo("D:\\Library");
    assertThat(LibraryPaths.requireSharePath("/")).isEqualTo("/");
    assertThat(LibraryPaths.requireSharePath("E:\\")).isEqualTo("E:\\");
  }
}
