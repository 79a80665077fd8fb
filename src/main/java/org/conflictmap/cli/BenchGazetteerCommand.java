package org.conflictmap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench gazetteer}: the figures of the gazetteer, each the median of several runs.
 *
 * <p>The machine is shared, so besides wall-clock rates it reports rates per CPU second of the
 * measuring thread (what one core does when the thread has it) and the load average.
 *
 * <ul>
 *   <li>Load time in a fresh JVM (child processes with this JVM's classpath), i.e. at start-up, and
 *       the heap the loaded gazetteer retains (used heap after full GCs, minus before).
 *   <li>Reverse geocoding on one thread, points per second, for two point sets (fixed seed): near
 *       localities (a random locality jittered by up to ±0.05°, what geoparsed reports look like)
 *       and uniform over the globe (mostly sea).
 *   <li>Name look-ups on one thread ({@link Gazetteer#lookup}: normalise, then the index), per
 *       second: names of random places as written in the data, one in five altered to miss.
 * </ul>
 */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = "Gazetteer load time, heap, reverse geocoding and name look-up rates.")
final class BenchGazetteerCommand implements Callable<Integer> {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  @Option(
      names = "--geodata",
      description = "Directory of the geodata files (default: as the service finds it).")
  Path geodata;

  @Option(
      names = "--runs",
      defaultValue = "5",
      description = "Runs per figure; the median is reported (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--seconds",
      defaultValue = "2",
      description = "Length of each throughput run in seconds (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--load-once",
      hidden = true,
      description = "Load once and print the milliseconds (used by the child processes).")
  boolean loadOnce;

  @Override
  public Integer call() throws Exception {
    Path dir = geodata != null ? geodata : Gazetteer.defaultDirectory();
    if (loadOnce) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Gazetteer.load(dir);
      double wall = (System.nanoTime() - t0) / 1e6;
      double thread = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
      double process =
          ((com.sun.management.OperatingSystemMXBean)
                      java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                  .getProcessCpuTime()
              / 1e6;
      System.out.println(wall + " " + thread + " " + process);
      return 0;
    }
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, %s, Java %s (%s), max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        Runtime.getRuntime().maxMemory() >> 20);

    System.out.printf(Locale.ROOT, "load average before: %s%n", loadAverage());
    double[] cold = new double[runs];
    double[] coldCpu = new double[runs];
    double[] coldProcess = new double[runs];
    for (int i = 0; i < runs; i++) {
      double[] wallCpu = childLoadMillis(dir);
      cold[i] = wallCpu[0];
      coldCpu[i] = wallCpu[1];
      coldProcess[i] = wallCpu[2];
    }
    System.out.printf(
        Locale.ROOT,
        "load, fresh JVM: median %.0f ms wall (runs: %s); CPU of the loading thread: median %.0f"
            + " ms (runs: %s); CPU of the whole JVM from its start (all threads, JIT and GC"
            + " included): median %.0f ms (runs: %s)%n",
        median(cold),
        Arrays.toString(round(cold)),
        median(coldCpu),
        Arrays.toString(round(coldCpu)),
        median(coldProcess),
        Arrays.toString(round(coldProcess)));

    long before = usedHeap();
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.load(dir);
    double inProcess = (System.nanoTime() - t0) / 1e6;
    long retained = usedHeap() - before;
    System.out.printf(
        Locale.ROOT,
        "load in this JVM: %.0f ms; heap retained by the gazetteer: %d MB; %d places, %d regions,"
            + " %d countries%n",
        inProcess,
        retained >> 20,
        g.size(),
        g.regions().size(),
        g.countries().size());

    Random rnd = new Random(42);
    int n = 100_000;
    double[] nearLat = new double[n];
    double[] nearLon = new double[n];
    double[] anyLat = new double[n];
    double[] anyLon = new double[n];
    int firstLocality = g.countries().size() + g.regions().size();
    for (int i = 0; i < n; i++) {
      Place p = g.place(firstLocality + rnd.nextInt(g.size() - firstLocality));
      nearLat[i] = p.lat() + (rnd.nextDouble() - 0.5) * 0.1;
      nearLon[i] = p.lon() + (rnd.nextDouble() - 0.5) * 0.1;
      anyLat[i] = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1)); // uniform on the sphere
      anyLon[i] = rnd.nextDouble() * 360 - 180;
    }
    List<String> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = g.place(rnd.nextInt(g.size())).name();
      names.add(i % 5 == 4 ? name + " qx" : name);
    }

    report(
        "reverse geocoding, points near localities", "points/s", reverseRates(g, nearLat, nearLon));
    report(
        "reverse geocoding, points uniform on the globe",
        "points/s",
        reverseRates(g, anyLat, anyLon));
    report("name look-ups (Gazetteer.lookup)", "look-ups/s", lookupRates(g, names));
    System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
    return 0;
  }

  /** Per run: operations per wall second [0] and per CPU second of this thread [1]. */
  private double[][] reverseRates(Gazetteer g, double[] lat, double[] lon) {
    long sink = 0;
    double[][] rates = new double[runs + 1][];
    for (int r = 0; r <= runs; r++) { // run 0 warms up
      long ops = 0;
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long end = t0 + (long) (seconds * 1e9);
      while (System.nanoTime() < end) {
        for (int i = 0; i < lat.length; i += 1) {
          if (g.reverse(lat[i], lon[i]).isPresent()) {
            sink++;
          }
        }
        ops += lat.length;
      }
      rates[r] = rates(ops, t0, c0);
    }
    if (sink == 42) {
      System.out.print("");
    }
    return Arrays.copyOfRange(rates, 1, rates.length);
  }

  private double[][] lookupRates(Gazetteer g, List<String> names) {
    long sink = 0;
    double[][] rates = new double[runs + 1][];
    for (int r = 0; r <= runs; r++) {
      long ops = 0;
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long end = t0 + (long) (seconds * 1e9);
      while (System.nanoTime() < end) {
        for (String name : names) {
          sink += g.lookup(name).size();
        }
        ops += names.size();
      }
      rates[r] = rates(ops, t0, c0);
    }
    if (sink == 42) {
      System.out.print("");
    }
    return Arrays.copyOfRange(rates, 1, rates.length);
  }

  private static double[] rates(long ops, long t0, long c0) {
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
    return new double[] {ops / wall, ops / cpu};
  }

  private static void report(String what, String unit, double[][] rates) {
    double[] wall = Arrays.stream(rates).mapToDouble(r -> r[0]).toArray();
    double[] cpu = Arrays.stream(rates).mapToDouble(r -> r[1]).toArray();
    System.out.printf(
        Locale.ROOT,
        "%s: median %,.0f %s of wall time (runs: %s); %,.0f per CPU second of the thread (runs:"
            + " %s)%n",
        what,
        median(wall),
        unit,
        Arrays.toString(round(wall)),
        median(cpu),
        Arrays.toString(round(cpu)));
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Wall, loading-thread CPU and whole-process CPU milliseconds of one load in a child JVM. */
  private double[] childLoadMillis(Path dir) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.add("-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of("bench", "gazetteer", "--load-once", "--geodata", dir.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String last = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        last = line;
      }
    }
    if (p.waitFor() != 0 || last == null) {
      throw new IOException("the load child process failed: " + last);
    }
    String[] parts = last.trim().split(" ");
    return new double[] {
      Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
    };
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static long[] round(double[] xs) {
    return Arrays.stream(xs).mapToLong(Math::round).toArray();
  }

  private static String cpuModel() {
    try {
      for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "unknown CPU";
  }
}
