package dev.proarch.git;

import dev.proarch.git.guard.BranchGuard;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The push rules against a simple oracle on generated commit graphs, each written into a real repository
 * in a temp directory.
 */
class PushPropertiesTest {
  private static final List<String> ENVIRONMENTS = List.of("integration", "staging", "production", "master");
  private static final List<String> TARGETS =
      List.of("integration", "staging", "production", "master", "feature", "topic");

  @Property(tries = 200)
  void pushIsAcceptedExactlyWhenTheDocumentedRuleHolds(
      @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 0, max = 1000) Integer> firsts,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> seconds,
      @ForAll @Size(value = 5) List<@IntRange(min = 0, max = 1000) Integer> tips,
      @ForAll @IntRange(min = 0, max = 5) int target,
      @ForAll @IntRange(min = 0, max = 1000) int pushed,
      @ForAll boolean delete,
      @ForAll @IntRange(min = 0, max = 2) int housekeeping) throws Exception {
    CommitGraph graph = CommitGraph.of(firsts, seconds);
    Path dir = Files.createTempDirectory("proarch-push");
    try (TestRepo repo = TestRepo.init(dir)) {
      graph.writeTo(repo);
      int[] at = new int[5];
      for (int i = 0; i < 5; i++) {
        at[i] = tips.get(i) % graph.size();
        repo.branch(i < 4 ? ENVIRONMENTS.get(i) : "feature", graph.ids.get(at[i]));
      }
      if (housekeeping > 0) {
        // 1: commit-graph generation numbers answer ancestry; 2: reachability bitmaps do.
        repo.gc(housekeeping == 1);
      }
      String ref = TARGETS.get(target);
      // One push in three takes the tip of the branch it is promoted from, so that accepted promotions are
      // as well represented as refused ones.
      int commit = pushed % 3 == 0 ? at[Math.max(0, ENVIRONMENTS.indexOf(ref) - 1)] : pushed % graph.size();
      boolean deleting = delete && !ref.equals("topic");
      RefUpdate update = deleting ? repo.delete(ref) : repo.push(ref, graph.ids.get(commit));
      boolean expected = oracle(graph, at, ref, deleting, commit);
      try (BranchGuard guard = repo.guard()) {
        PushDecision decision = guard.decide(List.of(update), WorkflowSettings.defaults()).get(0);
        Statistics.label("decision").collect(ref, decision.accepted());
        Statistics.label("housekeeping").collect(housekeeping, guard.hasReachabilityBitmaps());
        assertThat(decision.accepted()).as("%s to %s: %s", ref, commit, decision.diagnostics()).isEqualTo(expected);
      }
    } finally {
      delete(dir);
    }
  }

  /** The documented rule, written out directly over the generated graph. */
  private static boolean oracle(CommitGraph graph, int[] at, String ref, boolean delete, int commit) {
    int integration = at[0];
    int staging = at[1];
    int production = at[2];
    switch (ref) {
      case "feature":
        return true;
      case "topic":
        BitSet foreign = graph.ancestors(at[1]);
        foreign.or(graph.ancestors(at[2]));
        foreign.or(graph.ancestors(at[3]));
        foreign.andNot(graph.ancestors(integration));
        return !foreign.intersects(graph.ancestors(commit));
      default:
        break;
    }
    int old = at[ENVIRONMENTS.indexOf(ref)];
    if (delete || !graph.holds(commit, old)) {
      return false;
    }
    switch (ref) {
      case "staging":
        return graph.holds(integration, commit);
      case "production":
        return graph.holds(staging, commit);
      case "master":
        return commit == production;
      default:
        return true;
    }
  }

  @Property(tries = 50)
  void noAcceptedSequenceOfPushesLeavesStagingWithACommitIntegrationLacks(
      @ForAll @Size(min = 2, max = 10) List<@IntRange(min = 0, max = 1000) Integer> firsts,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 1000) Integer> seconds,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> pushes) throws Exception {
    replay(firsts, seconds, pushes, (graph, repo) -> {
      int integration = graph.indexOf(repo.tip("integration"));
      int staging = graph.indexOf(repo.tip("staging"));
      assertThat(graph.within(staging, integration)).as("staging within integration").isTrue();
    });
  }

  @Property(tries = 50)
  void noAcceptedSequenceOfPushesLeavesProductionWithACommitStagingLacks(
      @ForAll @Size(min = 2, max = 10) List<@IntRange(min = 0, max = 1000) Integer> firsts,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 1000) Integer> seconds,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> pushes) throws Exception {
    replay(firsts, seconds, pushes, (graph, repo) -> {
      int staging = graph.indexOf(repo.tip("staging"));
      int production = graph.indexOf(repo.tip("production"));
      assertThat(graph.within(production, staging)).as("production within staging").isTrue();
    });
  }

  interface Invariant {
    void check(CommitGraph graph, TestRepo repo);
  }

  /**
   * Starts with every environment at the first commit, pushes the generated sequence (each number picks an
   * environment, a commit, and now and then a deletion), applies exactly the accepted pushes and checks the
   * invariant after each.
   */
  private static void replay(List<Integer> firsts, List<Integer> seconds, List<Integer> pushes, Invariant invariant)
      throws Exception {
    CommitGraph graph = CommitGraph.of(firsts, seconds);
    Path dir = Files.createTempDirectory("proarch-sequence");
    try (TestRepo repo = TestRepo.init(dir)) {
      graph.writeTo(repo);
      repo.environments(graph.ids.get(0));
      for (int push : pushes) {
        String branch = ENVIRONMENTS.get(push % 4);
        boolean delete = push % 13 == 0;
        ObjectId commit = graph.ids.get((push / 4) % graph.size());
        RefUpdate update = delete ? repo.delete(branch) : repo.push(branch, commit);
        try (BranchGuard guard = repo.guard()) {
          PushDecision decision = guard.decide(List.of(update), WorkflowSettings.defaults()).get(0);
          Statistics.collect(decision.accepted());
          if (decision.accepted()) {
            repo.branch(branch, commit);
          }
        }
        invariant.check(graph, repo);
      }
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
