package dev.proarch.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs a command many times as a whole process and keeps the wall time of each run. */
public final class ProcessTimer {
  private ProcessTimer() {}

  /** The result of timing one command: every run's milliseconds, and the exit code of the last run. */
  public record Timing(String label, double[] millis, int exitCode) {
    public double median() {
      return percentile(50);
    }

    public double percentile(double p) {
      double[] sorted = millis.clone();
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
    List<Double> millis = new ArrayList<>();
    int exit = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      exit = once(command, directory, env);
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return new Timing(label, millis.stream().mapToDouble(Double::doubleValue).toArray(), exit);
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
