import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Measures sequential request latency (one client, keep-alive) against a running server.
 *
 * <p>Usage: java Measure.java BASE_URL TOKEN GROUP_ID VM_IDS_FILE REQUESTS
 */
public class Measure {
  public static void main(String[] a) throws Exception {
    String base = a[0];
    String token = a[1];
    String group = a[2];
    List<String> ids = Files.readAllLines(Path.of(a[3]));
    int n = Integer.parseInt(a[4]);
    HttpClient http = HttpClient.newHttpClient();
    Random rnd = new Random(42);
    String list = base + "/api/v1/vms?hostGroupId=" + group + "&limit=100&offset=";
    run(http, token, "warm-up", 200, i -> list + (rnd.nextInt(40) * 100));
    run(http, token, "warm-up", 200, i -> base + "/api/v1/vms/" + ids.get(rnd.nextInt(ids.size())));
    String total = send(http, token, list + "0");
    System.out.println("list-total " + total.replaceAll(".*\"total\":(\\d+).*", "$1"));
    report("GET /api/v1/vms?hostGroupId=<site>&limit=100", run(http, token, "list", n, i -> list + (rnd.nextInt(40) * 100)));
    report("GET /api/v1/vms/{id}", run(http, token, "get", n, i -> base + "/api/v1/vms/" + ids.get(rnd.nextInt(ids.size()))));
  }

  interface Url {
    String of(int i);
  }

  static long[] run(HttpClient http, String token, String what, int n, Url url) throws Exception {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      long s = System.nanoTime();
      send(http, token, url.of(i));
      t[i] = System.nanoTime() - s;
    }
    return t;
  }

  static String send(HttpClient http, String token, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static void report(String what, long[] t) {
    Arrays.sort(t);
    double p50 = t[t.length / 2] / 1e6;
    double p99 = t[(int) Math.ceil(t.length * 0.99) - 1] / 1e6;
    double mean = Arrays.stream(t).average().orElse(0) / 1e6;
    System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", what, t.length, p50, p99, mean);
  }
}
