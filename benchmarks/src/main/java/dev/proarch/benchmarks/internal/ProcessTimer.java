package dev.proarch.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs a command many times as a whole process and keeps the wall time of each run. */
public final class ProcessTimer {
  private ProcessTimer() {}

  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /**
   * The result of timing one command: every run's wall milliseconds, its CPU milliseconds (user + system of
   * the process and its children, from /usr/bin/time; empty where that is missing), and the exit code of the
   * last run. On a busy machine wall time includes waiting for a core; CPU time does not.
   */
  public record Timing(String label, double[] millis, double[] cpuMillis, int exitCode) {
    public Timing(String label, double[] millis, int exitCode) {
      this(label, millis, new double[0], exitCode);
    }

    public double median() {
      return percentile(50);
    }

    public double percentile(double p) {
      return percentile(millis, p);
    }

    /** The median CPU time, or NaN when it was not measured. */
    public double cpuMedian() {
      return cpuMillis.length == 0 ? Double.NaN : percentile(cpuMillis, 50);
    }

    private static double percentile(double[] values, double p) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
  }

  /** Runs {@code warmups} untimed runs (page cache, CDS mapping), then {@code runs} timed ones. */
  public static Timing time(String label, List<String> command, Path directory, Map<String, String> env,
      int warmups, int runs) throws IOException, InterruptedException {
    for (int i = 0; i < warmups; i++) {
      once(command, directory, env);
    }
    boolean cpu = Files.isExecutable(GNU_TIME);
    Path cpuFile = cpu ? Files.createTempFile("proarch-bench", ".time") : null;
    List<String> timed = command;
    if (cpu) {
      timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
      timed.addAll(command);
    }
    double[] millis = new double[runs];
    double[] cpuMillis = new double[cpu ? runs : 0];
    int exit = 0;
    try {
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        exit = once(timed, directory, env);
        millis[i] = (System.nanoTime() - start) / 1e6;
        if (cpu) {
          cpuMillis[i] = cpuSeconds(Files.readString(cpuFile)) * 1000;
        }
      }
    } finally {
      if (cpuFile != null) {
        Files.deleteIfExists(cpuFile);
      }
    }
    return new Timing(label, millis, cpuMillis, exit);
  }

  /** The last line of /usr/bin/time's output, {@code <user> <system>} in seconds (earlier lines: exit notes). */
  static double cpuSeconds(String timeOutput) {
    String[] lines = timeOutput.trim().split("\n");
    String[] parts = lines[lines.length - 1].trim().split(" ");
    return Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]);
  }

  /** One run with output discarded; returns the exit code. */
  public static int once(List<String> command, Path directory, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    return builder.start().waitFor();
  }

  /** Runs a command once and returns its standard output and error, joined. */
  public static String output(List<String> command, Path directory) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    process.waitFor();
    return text;
  }
}
