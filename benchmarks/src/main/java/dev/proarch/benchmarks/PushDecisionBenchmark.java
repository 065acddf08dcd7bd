package dev.proarch.benchmarks;

import dev.proarch.benchmarks.internal.GeneratedRepository;
import dev.proarch.git.PushDecision;
import dev.proarch.git.RefUpdate;
import dev.proarch.git.UnreadableRepositoryException;
import dev.proarch.git.WorkflowSettings;
import dev.proarch.git.guard.BranchGuard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The decision on a push that promotes staging (fast-forward to a commit integration holds) in a repository
 * of many commits and branches, against the one native call a shell hook would make for the same question:
 * {@code git merge-base --is-ancestor old new}, spawned as a process.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PushDecisionBenchmark {
  @Param("100000")
  public int commits;

  @Param("1000")
  public int branches;

  /** Where the generated repository is kept between runs; empty means ~/.cache/proarch-bench. */
  @Param("")
  public String cache;

  private GeneratedRepository repository;
  private BranchGuard guard;
  private List<RefUpdate> push;
  private WorkflowSettings settings;

  @Setup
  public void setUp() throws UnreadableRepositoryException {
    Path cacheDirectory = cache.isEmpty()
        ? Path.of(System.getProperty("user.home"), ".cache", "proarch-bench")
        : Path.of(cache);
    repository = GeneratedRepository.inCache(cacheDirectory, commits, branches);
    push = List.of(RefUpdate.of(repository.stagingTip(), repository.promotedCommit(), "refs/heads/staging"));
    settings = WorkflowSettings.defaults();
    guard = BranchGuard.open(repository.directory());
  }

  @TearDown
  public void tearDown() {
    guard.close();
  }

  /** The decision with the repository already open, as a long-lived Git server process would hold it. */
  @Benchmark
  public boolean decide() throws UnreadableRepositoryException {
    return accepted(guard.decide(push, settings));
  }

  /** Opening the repository, deciding and closing it: what one hook run does in-process per push. */
  @Benchmark
  public boolean openAndDecide() throws UnreadableRepositoryException {
    try (BranchGuard fresh = BranchGuard.open(repository.directory())) {
      return accepted(fresh.decide(push, settings));
    }
  }

  /** The peer: one native {@code git merge-base --is-ancestor} process; true when old is an ancestor. */
  @Benchmark
  public boolean nativeIsAncestor() throws IOException, InterruptedException {
    Process git = new ProcessBuilder(
            "git", "--git-dir", repository.directory().toString(),
            "merge-base", "--is-ancestor", repository.stagingTip(), repository.promotedCommit())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    return git.waitFor() == 0;
  }

  /** The generated repository, for checks on the setup. */
  public Path repositoryDirectory() {
    return repository.directory();
  }

  private static boolean accepted(List<PushDecision> decisions) {
    return decisions.stream().allMatch(PushDecision::accepted);
  }
}
