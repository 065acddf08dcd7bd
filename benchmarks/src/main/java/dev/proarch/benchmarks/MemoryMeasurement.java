package dev.proarch.benchmarks;

import dev.proarch.benchmarks.internal.Corpus;
import dev.proarch.yaml.ConfigValidator;
import dev.proarch.yaml.ValidationOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Validates the corpus many times in one JVM and compares the heap after a full collection at the start
 * (after one warm pass) with the heap at the end: a validator that keeps anything per run grows it. Run as
 * its own process by {@link Suite}, so that the peak resident set it reports is its own.
 */
public final class MemoryMeasurement {
  private MemoryMeasurement() {}

  /** What one measurement saw. Heap figures are bytes used after a full collection. */
  public record Result(long validations, long heapStartBytes, long heapEndBytes, long findings, double seconds,
      Optional<Long> peakRssKb) {
    public String toLine() {
      return "validations=" + validations + " heapStartBytes=" + heapStartBytes + " heapEndBytes=" + heapEndBytes
          + " findings=" + findings + " seconds=" + seconds + " vmHwmKb=" + peakRssKb.orElse(-1L);
    }
  }

  /** {@code <corpus> <passes>}: prints one {@link Result#toLine()} line. */
  public static void main(String[] args) {
    Result result = run(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println(result.toLine());
  }

  /** Validates every project of the corpus {@code passes} times after one untimed pass. */
  public static Result run(Path corpusDirectory, int passes) {
    Corpus corpus = Corpus.read(corpusDirectory);
    ConfigValidator validator = ConfigValidator.create();
    ValidationOptions options = ValidationOptions.defaults();
    long findings = pass(corpus, validator, options);
    long start = usedHeapAfterGc();
    long began = System.nanoTime();
    for (int i = 0; i < passes; i++) {
      findings += pass(corpus, validator, options);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    long end = usedHeapAfterGc();
    return new Result((long) passes * corpus.projects().size(), start, end, findings, seconds, peakRssKb());
  }

  private static long pass(Corpus corpus, ConfigValidator validator, ValidationOptions options) {
    long findings = 0;
    for (Corpus.Project project : corpus.projects()) {
      findings += validator.validate(project.source(), options).diagnostics().size();
    }
    return findings;
  }

  /** Used heap after full collections; repeated because one System.gc() may leave late garbage behind. */
  static long usedHeapAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** The peak resident set of this process (VmHWM), where /proc has it. */
  static Optional<Long> peakRssKb() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith("VmHWM:"))
          .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
