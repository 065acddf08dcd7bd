package dev.proarch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.benchmarks.internal.ProcessTimer;
import dev.proarch.core.policy.backup.RetentionPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every benchmark method once on tiny inputs, so that the suite cannot rot between runs. These tests
 * check results, never timings; the numbers come from benchmarks/run.
 */
class BenchmarkSmokeTest {
  /** The two example projects of this repository: one clean, one with the typical mistakes. */
  static final Path EXAMPLES = Path.of("..", "examples", "projects");

  @TempDir Path temp;

  @Test
  void configValidationAndItsFloorReadTheSameProjects() {
    ConfigValidationBenchmark benchmark = new ConfigValidationBenchmark();
    benchmark.corpus = EXAMPLES.toString();
    benchmark.setUp();

    assertThat(benchmark.projectCount()).isEqualTo(2);
    assertThat(benchmark.validateCorpus()).as("typical-mistakes has findings").isPositive();
    assertThat(benchmark.composeCorpus()).as("top-level YAML entries").isPositive();
  }

  @Test
  void pushDecisionAcceptsThePromotionAndGitAgreesItIsAFastForward() throws Exception {
    PushDecisionBenchmark benchmark = new PushDecisionBenchmark();
    benchmark.commits = 200;
    benchmark.branches = 10;
    benchmark.cache = temp.toString();
    benchmark.setUp();
    try {
      assertThat(benchmark.decide()).isTrue();
      assertThat(benchmark.openAndDecide()).isTrue();
      assertThat(benchmark.nativeIsAncestor()).isTrue();
      Path git = benchmark.repositoryDirectory();
      assertThat(gitOutput(git, "rev-list", "--all", "--count")).isEqualTo("200");
      assertThat(gitOutput(git, "for-each-ref", "--format=x", "refs/heads").lines().count()).isEqualTo(10);
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void theGeneratedRepositoryIsReusedFromTheCache() throws Exception {
    PushDecisionBenchmark first = new PushDecisionBenchmark();
    first.commits = 200;
    first.branches = 10;
    first.cache = temp.toString();
    first.setUp();
    first.tearDown();
    PushDecisionBenchmark second = new PushDecisionBenchmark();
    second.commits = 200;
    second.branches = 10;
    second.cache = temp.toString();
    second.setUp();
    second.tearDown();

    assertThat(second.repositoryDirectory()).isEqualTo(first.repositoryDirectory());
    assertThat(temp.toFile().list()).containsExactly("repo-200-10.git");
  }

  @Test
  void retentionKeepsAtMostTheSeedScheduleAndTheFloorSortsEverything() {
    RetentionBenchmark benchmark = new RetentionBenchmark();
    benchmark.backups = 1_000;
    benchmark.setUp();

    assertThat(benchmark.retain()).isBetween(1, RetentionPolicy.SEED_SCHEDULE_MAX_KEPT + 1);
    assertThat(benchmark.sortFloor()).isBeforeOrEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
  }

  @Test
  void theFloorJarStartsAndPrintsItsLine() throws Exception {
    StartupMeasurement startup = new StartupMeasurement(temp, temp.resolve("absent.jar"), temp, temp, 1);

    ProcessTimer.Timing floor = startup.floor();

    assertThat(floor.exitCode()).isZero();
    assertThat(floor.millis()).hasSize(1);
    if (java.nio.file.Files.isExecutable(Path.of("/usr/bin/time"))) {
      assertThat(floor.cpuMedian()).as("user + system ms of one JVM start").isPositive();
    }
    assertThat(ProcessTimer.output(
            List.of(StartupMeasurement.java(), "-jar", temp.resolve("hello.jar").toString()), temp))
        .isEqualTo("hello\n");
  }

  @Test
  void memoryRunValidatesEveryProjectOfEveryPass() {
    MemoryMeasurement.Result result = MemoryMeasurement.run(EXAMPLES, 3);

    assertThat(result.validations()).isEqualTo(6);
    assertThat(result.findings()).isPositive();
    assertThat(result.heapStartBytes()).isPositive();
    assertThat(result.heapEndBytes()).isPositive();
  }

  private static String gitOutput(Path gitDir, String... arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git", "--git-dir", gitDir.toString()));
    command.addAll(List.of(arguments));
    return ProcessTimer.output(command, gitDir).trim();
  }
}
