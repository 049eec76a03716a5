import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seeds a migrated, stopped Vireo H2 database with a fabric of the given size, by JDBC batches:
 * 5 top-level host groups with 9 children each (50 groups), hosts spread evenly over the groups,
 * VMs spread evenly over the hosts (1 disk, 1 NIC, an initial placement each).
 *
 * <p>Usage: java -cp h2.jar Seed.java JDBC_URL HOSTS VMS OUT_DIR
 */
public class Seed {
  static final String ROOT = "00000000-0000-0000-0000-000000000001";

  public static void main(String[] a) throws Exception {
    String url = a[0];
    int hosts = Integer.parseInt(a[1]);
    int vms = Integer.parseInt(a[2]);
    Path out = Path.of(a[3]);
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.setAutoCommit(false);
      List<String> top = new ArrayList<>();
      List<String[]> groups = new ArrayList<>(); // id, path
      try (PreparedStatement g = c.prepareStatement(
          "INSERT INTO host_group (id, version, created_at, modified_at, name, description, parent_id, path, depth) VALUES (?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, '', ?, ?, ?)")) {
        for (int t = 0; t < 5; t++) {
          String id = UUID.randomUUID().toString();
          String path = "/" + ROOT + "/" + id + "/";
          add(g, id, "bench-site-" + t, ROOT, path, 1);
          top.add(id);
          groups.add(new String[] {id, path});
          for (int k = 0; k < 9; k++) {
            String cid = UUID.randomUUID().toString();
            add(g, cid, "rack-" + k, id, path + cid + "/", 2);
            groups.add(new String[] {cid, path + cid + "/"});
          }
        }
        g.executeBatch();
      }
      String runAs = UUID.randomUUID().toString();
      List<String> hostIds = new ArrayList<>();
      try (PreparedStatement h = c.prepareStatement(
          "INSERT INTO host (id, version, created_at, modified_at, name, description, address, hypervisor_kind, connection_uri, run_as_account_id, host_group_id, cluster_id, status, status_reason, cpu_cores, memory_bytes, storage_bytes)"
              + " VALUES (?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, '', ?, 'KVM', ?, ?, ?, NULL, 'RESPONDING', NULL, 64, 274877906944, 4000000000000)")) {
        for (int i = 0; i < hosts; i++) {
          String id = UUID.randomUUID().toString();
          String name = String.format("bench-kvm-%04d", i);
          h.setString(1, id);
          h.setString(2, name);
          h.setString(3, name + ".bench.example");
          h.setString(4, "qemu+ssh://root@" + name + "/system");
          h.setString(5, runAs);
          h.setString(6, groups.get(i % groups.size())[0]);
          h.addBatch();
          hostIds.add(id);
        }
        h.executeBatch();
      }
      c.commit();
      List<String> vmIds = insertVms(c, hostIds, vms);
      c.commit();
      Files.writeString(out.resolve("top-group-id"), top.get(0));
      Files.writeString(out.resolve("leaf-group-id"), groups.get(1)[0]);
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("vm-ids")))) {
        vmIds.forEach(w::println);
      }
      System.out.println("seeded " + groups.size() + " host groups, " + hosts + " hosts, " + vms + " VMs");
    }
  }

  static void add(PreparedStatement g, String id, String name, String parent, String path, int depth) throws Exception {
    g.setString(1, id);
    g.setString(2, name);
    g.setString(3, parent);
    g.setString(4, path);
    g.setInt(5, depth);
    g.addBatch();
  }

  static List<String> insertVms(Connection c, List<String> hostIds, int vms) throws Exception {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement v = c.prepareStatement(
            "INSERT INTO vm (id, version, created_at, modified_at, name, description, hypervisor_id, host_id, host_key, cloud_id, owner_user_id, status, vcpu, memory_mb, storage_bytes)"
                + " VALUES (?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, '', ?, ?, ?, NULL, NULL, ?, ?, ?, 42949672960)");
        PreparedStatement d = c.prepareStatement(
            "INSERT INTO vm_disk (vm_id, disk_index, path, disk_format, capacity_bytes, bus, target) VALUES (?, 0, ?, 'QCOW2', 42949672960, 'VIRTIO', 'vda')");
        PreparedStatement n = c.prepareStatement(
            "INSERT INTO vm_nic (vm_id, nic_index, mac_address, network, model) VALUES (?, 0, ?, 'default', 'virtio')");
        PreparedStatement p = c.prepareStatement(
            "INSERT INTO vm_placement (id, vm_id, from_host_id, to_host_id, placed_at, storage_moved, initiator, initiated_by) VALUES (?, ?, NULL, ?, CURRENT_TIMESTAMP, FALSE, 'OBSERVED', 'system')")) {
      for (int i = 0; i < vms; i++) {
        String id = UUID.randomUUID().toString();
        String host = hostIds.get(i % hostIds.size());
        String name = String.format("bench-vm-%05d", i);
        v.setString(1, id);
        v.setString(2, name);
        v.setString(3, UUID.randomUUID().toString());
        v.setString(4, host);
        v.setString(5, host);
        v.setString(6, i % 5 == 0 ? "STOPPED" : "RUNNING");
        v.setInt(7, 1 + i % 8);
        v.setLong(8, 1024L * (1 + i % 16));
        v.addBatch();
        d.setString(1, id);
        d.setString(2, "/var/lib/libvirt/images/" + name + ".qcow2");
        d.addBatch();
        n.setString(1, id);
        n.setString(2, String.format("52:54:00:%02x:%02x:%02x", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff));
        n.addBatch();
        p.setString(1, UUID.randomUUID().toString());
        p.setString(2, id);
        p.setString(3, host);
        p.addBatch();
        ids.add(id);
        if (i % 2000 == 1999) {
          v.executeBatch();
          d.executeBatch();
          n.executeBatch();
          p.executeBatch();
        }
      }
      v.executeBatch();
      d.executeBatch();
      n.executeBatch();
      p.executeBatch();
    }
    return ids;
  }
}
