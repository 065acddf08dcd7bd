package dev.proarch.benchmarks.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A bare repository shaped like a busy Pro project: a long integration line, the environment branches a few
 * dozen commits behind it, and many short feature branches forked along it. Generated once with
 * {@code git fast-import} (seconds for 100,000 commits) into a cache directory, then packed the way a Git
 * server keeps it after gc (one pack with reachability bitmaps, a commit-graph file, packed refs). The push under test moves
 * staging forward to a commit integration holds, the everyday promotion.
 */
public final class GeneratedRepository {
  /** Commits between staging's tip and integration's tip; production is as far again behind staging. */
  static final int ENVIRONMENT_LAG = 50;
  /** How far the promotion moves staging. */
  static final int PROMOTION = 40;

  private final Path directory;
  private final Properties ids;

  private GeneratedRepository(Path directory, Properties ids) {
    this.directory = directory;
    this.ids = ids;
  }

  /**
   * The repository for these sizes, generated under {@code cache} unless a complete one is there. The
   * branch count includes the four environment branches.
   */
  public static GeneratedRepository inCache(Path cache, int commits, int branches) {
    if (branches < 5 || commits < 10 * branches || commits < 4 * ENVIRONMENT_LAG) {
      throw new IllegalArgumentException("need at least 5 branches and 10 commits per branch");
    }
    Path directory = cache.resolve("repo-" + commits + "-" + branches + ".git");
    Path done = directory.resolve("proarch-bench.properties");
    try {
      if (!Files.isRegularFile(done)) {
        Path staging = Files.createDirectories(cache).resolve("tmp-" + ProcessHandle.current().pid());
        deleteTree(staging);
        Properties ids = generate(staging, commits, branches);
        try (OutputStream out = Files.newOutputStream(staging.resolve("proarch-bench.properties"))) {
          ids.store(out, "ids of the benchmark push");
        }
        deleteTree(directory);
        Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
      }
      Properties ids = new Properties();
      try (var in = Files.newInputStream(done)) {
        ids.load(in);
      }
      return new GeneratedRepository(directory, ids);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot generate the benchmark repository in " + cache, e);
    }
  }

  public Path directory() {
    return directory;
  }

  /** Staging's tip before the push. */
  public String stagingTip() {
    return ids.getProperty("staging");
  }

  /** The commit the push moves staging to: on integration, {@link #PROMOTION} commits ahead of staging. */
  public String promotedCommit() {
    return ids.getProperty("promoted");
  }

  public String integrationTip() {
    return ids.getProperty("integration");
  }

  private static Properties generate(Path directory, int commits, int branches) throws IOException {
    run(directory.getParent(), "git", "init", "-q", "--bare", directory.toString());
    int features = branches - 4;
    int perFeature = Math.max(1, commits / 10 / features);
    int mainline = commits - perFeature * features;
    Process importer = new ProcessBuilder("git", "--git-dir", directory.toString(), "fast-import", "--quiet",
        "--depth=50", "--active-branches=16", "--export-marks=" + directory.resolve("marks"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try (OutputStream out = new BufferedOutputStream(importer.getOutputStream(), 1 << 16)) {
      FastImportStream stream = new FastImportStream(out);
      stream.mainline(mainline);
      SplittableRandom random = new SplittableRandom(42);
      for (int f = 0; f < features; f++) {
        int fork = 1 + random.nextInt(mainline - 1);
        stream.feature(String.format("feature/PA-%04d", f), fork, perFeature);
      }
      int integration = mainline;
      int staging = integration - ENVIRONMENT_LAG;
      int production = staging - ENVIRONMENT_LAG;
      stream.reset("integration", integration);
      stream.reset("staging", staging);
      stream.reset("production", production);
      stream.reset("master", production);
    }
    await(importer, "git fast-import");
    // A server's repository after gc: reachability bitmaps and a commit-graph serve ancestry questions.
    run(directory, "git", "--git-dir", directory.toString(), "repack", "-a", "-d", "-q", "--write-bitmap-index");
    run(directory, "git", "--git-dir", directory.toString(), "commit-graph", "write", "--reachable");
    run(directory, "git", "--git-dir", directory.toString(), "pack-refs", "--all");
    List<String> marks = Files.readAllLines(directory.resolve("marks"));
    Properties ids = new Properties();
    int integration = mainline;
    ids.setProperty("integration", markId(marks, integration));
    ids.setProperty("staging", markId(marks, integration - ENVIRONMENT_LAG));
    ids.setProperty("promoted", markId(marks, integration - ENVIRONMENT_LAG + PROMOTION));
    ids.setProperty("commits", Integer.toString(commits));
    ids.setProperty("branches", Integer.toString(branches));
    Files.delete(directory.resolve("marks"));
    return ids;
  }

  /** Marks are written as {@code :<n> <sha>}; mainline commit n has mark n. */
  private static String markId(List<String> marks, int mark) {
    String prefix = ":" + mark + " ";
    return marks.stream().filter(line -> line.startsWith(prefix)).findFirst()
        .map(line -> line.substring(prefix.length()).trim())
        .orElseThrow(() -> new IllegalStateException("fast-import wrote no mark " + mark));
  }

  private static void run(Path directory, String... command) throws IOException {
    Process process = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    await(process, String.join(" ", command));
  }

  private static void await(Process process, String what) throws IOException {
    try {
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IOException(what + " exited with " + exit);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(what + " was interrupted", e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
      for (Path path : all) {
        Files.delete(path);
      }
    }
  }
}
