package dev.proarch.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.git.guard.BranchGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The repository check against the graph oracle, with and without commit-graph and bitmaps. */
class CheckPropertiesTest {
  private static final List<String> ENVIRONMENTS = List.of("integration", "staging", "production", "master");

  @Property(tries = 60)
  void theCheckReportsExactlyTheContainmentDriftAndForkFindingsTheOracleFinds(
      @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 0, max = 1000) Integer> firsts,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> seconds,
      @ForAll @Size(min = 4, max = 8) List<@IntRange(min = 0, max = 1000) Integer> tips,
      @ForAll @IntRange(min = 0, max = 2) int housekeeping) throws Exception {
    CommitGraph graph = CommitGraph.of(firsts, seconds);
    Path dir = Files.createTempDirectory("proarch-check");
    try (TestRepo repo = TestRepo.init(dir)) {
      graph.writeTo(repo);
      int[] at = new int[tips.size()];
      for (int i = 0; i < tips.size(); i++) {
        at[i] = tips.get(i) % graph.size();
        repo.branch(i < 4 ? ENVIRONMENTS.get(i) : "feature-" + i, graph.ids.get(at[i]));
      }
      if (housekeeping > 0) {
        repo.gc(housekeeping == 1);
      }
      List<Diagnostic> findings;
      try (BranchGuard guard = repo.guard()) {
        findings = guard.check(WorkflowSettings.defaults());
      }
      assertThat(has(findings, "PRO-GIT-002")).isEqualTo(!graph.within(at[1], at[0]));
      assertThat(has(findings, "PRO-GIT-003")).isEqualTo(!graph.within(at[2], at[1]));
      assertThat(has(findings, "PRO-GIT-004")).isEqualTo(at[3] != at[2]);
      findings.stream().filter(d -> d.ruleId().value().equals("PRO-GIT-004")).forEach(drift -> {
        assertThat(drift.details()).containsEntry("ahead", Integer.toString(count(graph, at[3], at[2])))
            .containsEntry("behind", Integer.toString(count(graph, at[2], at[3])));
      });
      assertThat(forkedBranches(findings)).isEqualTo(oracleForks(graph, at));
    } finally {
      delete(dir);
    }
  }

  private static boolean has(List<Diagnostic> findings, String id) {
    return findings.stream().anyMatch(d -> d.ruleId().value().equals(id));
  }

  private static int count(CommitGraph graph, int tip, int base) {
    BitSet extra = graph.ancestors(tip);
    extra.andNot(graph.ancestors(base));
    return extra.cardinality();
  }

  private static Set<String> forkedBranches(List<Diagnostic> findings) {
    return findings.stream()
        .filter(d -> d.ruleId().value().equals("PRO-GIT-005"))
        .map(d -> d.location().flatMap(l -> l.path()).orElseThrow())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> oracleForks(CommitGraph graph, int[] at) {
    BitSet foreign = graph.ancestors(at[1]);
    foreign.or(graph.ancestors(at[2]));
    foreign.or(graph.ancestors(at[3]));
    foreign.andNot(graph.ancestors(at[0]));
    Set<String> forked = new TreeSet<>();
    for (int i = 4; i < at.length; i++) {
      if (foreign.intersects(graph.ancestors(at[i]))) {
        forked.add("refs/heads/feature-" + i);
      }
    }
    return forked;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
