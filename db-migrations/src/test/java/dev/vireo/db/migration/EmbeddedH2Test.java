package dev.vireo.db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedH2Test {
  @Test
  void fileUrlsUseTheRetryFileSystem() {
    assertThat(EmbeddedH2.interruptSafe("jdbc:h2:file:/var/vireo/db/vireo;MODE=MSSQLServer"))
        .isEqualTo("jdbc:h2:retry:/var/vireo/db/vireo;MODE=MSSQLServer");
    assertThat(EmbeddedH2.interruptSafe("jdbc:h2:/var/vireo/db/vireo"))
        .isEqualTo("jdbc:h2:retry:/var/vireo/db/vireo");
    assertThat(EmbeddedH2.interruptSafe("jdbc:h2:~/vireo")).isEqualTo("jdbc:h2:retry:~/vireo");
    assertThat(EmbeddedH2.interruptSafe("JDBC:H2:FILE:./db")).isEqualTo("jdbc:h2:retry:./db");
  }

  @Test
  void otherUrlsAreLeftAlone() {
    for (String url :
        List.of(
            "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
            "jdbc:h2:tcp://db.example:9092/vireo",
            "jdbc:h2:retry:/var/vireo/db/vireo",
            "jdbc:h2:nio:/var/vireo/db/vireo",
            "jdbc:postgresql://db/vireo",
            "jdbc:sqlserver://db;databaseName=vireo")) {
      assertThat(EmbeddedH2.interruptSafe(url)).isEqualTo(url);
    }
  }

  /**
   * Interrupting threads while they write must not cost a committed row. A child JVM writes from
   * three threads that are interrupted every few milliseconds, reports each committed id, and halts
   * without closing the database (a crash); every reported row must then be there. With H2's
   * default file system the interrupts close the file under the database and it reopens damaged.
   */
  @Test
  void committedRowsSurviveWritersBeingInterruptedAndACrash(@TempDir Path dir) throws Exception {
    String url =
        EmbeddedH2.interruptSafe(
            "jdbc:h2:file:"
                + dir.resolve("vireo")
                + ";MODE=MSSQLServer;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;FILE_LOCK=FS");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                InterruptedWriters.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Set<Long> committed = new HashSet<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        committed.add(Long.parseLong(line.trim()));
      }
    }
    assertThat(p.waitFor()).isEqualTo(InterruptedWriters.HALTED);
    assertThat(committed).isNotEmpty();
    Set<Long> stored = new HashSet<>();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM t")) {
      while (rs.next()) {
        stored.add(rs.getLong(1));
      }
      s.execute("SHUTDOWN");
    }
    assertThat(stored).containsAll(committed);
  }

  /** The child process of {@link #committedRowsSurviveWritersBeingInterruptedAndACrash}. */
  public static final class InterruptedWriters {
    static final int HALTED = 77;

    public static void main(String[] args) throws Exception {
      String url = args[0];
      try (Connection c = DriverManager.getConnection(url, "sa", "");
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t(id BIGINT PRIMARY KEY, v VARCHAR(1000))");
      }
      AtomicLong ids = new AtomicLong();
      AtomicBoolean stop = new AtomicBoolean();
      PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        Thread t =
            new Thread(
                () -> {
                  while (!stop.get()) {
                    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                      while (!stop.get()) {
                        long id = ids.incrementAndGet();
                        try (Statement s = c.createStatement()) {
                          s.execute("INSERT INTO t VALUES(" + id + ", REPEAT('x', 900))");
                        } catch (SQLException e) {
                          continue; // an interrupted statement may fail; not counted
                        } finally {
                          Thread.interrupted();
                        }
                        synchronized (out) {
                          out.println(id);
                        }
                      }
                    } catch (SQLException e) {
                      Thread.interrupted(); // reconnect, as a connection pool would
                    }
                  }
                });
        t.setDaemon(true);
        t.start();
        writers.add(t);
      }
      long end = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < end) {
        writers.forEach(Thread::interrupt);
        Thread.sleep(2);
      }
      synchronized (out) {
        out.flush();
        Runtime.getRuntime().halt(HALTED);
      }
    }
  }
}
