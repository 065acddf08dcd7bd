package dev.proarch.git.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ReachabilityChecker;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * Ancestry questions with walks bounded by how far two branches diverge, never by the whole history.
 * "Does tip hold commit c" uses, in this order, the generation numbers of Git's commit-graph file (a search
 * that never goes below c's generation), the reachability bitmaps (JGit's bitmapped {@link
 * ReachabilityChecker}), or a merge-base walk, which stops at the first common ancestor.
 * "Which commits does tip hold that base lacks" is a walk from tip that stops where base's history starts;
 * JGit reads parents from the commit-graph file when the repository has one.
 */
public final class Ancestry implements AutoCloseable {
  private final ObjectReader reader;
  private final RevWalk walk;
  private final Optional<GenerationWalk> generations;
  /**
   * Read on first need only: opening the bitmap index makes JGit build a reverse index over every object of
   * the pack, which dominated a whole hook run when the commit-graph already answered (docs/performance.md).
   */
  private Optional<ReachabilityChecker> bitmaps;

  public Ancestry(Repository repository) throws IOException {
    this.reader = repository.newObjectReader();
    this.walk = new RevWalk(reader);
    walk.setRetainBody(false);
    this.generations = reader.getCommitGraph().map(graph -> new GenerationWalk(graph, new RevWalk(reader)));
  }

  /** Parses a commit; throws for a missing object or one that is not a commit. */
  public RevCommit commit(AnyObjectId id) throws IOException {
    return walk.parseCommit(id);
  }

  /** True when {@code tip} holds {@code commit} (a commit holds itself). */
  public boolean holds(RevCommit tip, RevCommit commit) throws IOException {
    if (tip.equals(commit)) {
      return true;
    }
    walk.reset();
    try {
      if (generations.isPresent()) {
        return generations.get().holdsAny(tip, List.of(commit));
      }
      Optional<ReachabilityChecker> checker = bitmaps();
      if (checker.isPresent()) {
        return checker.get().areAllReachable(List.of(commit), Stream.of(tip)).isEmpty();
      }
      return walk.isMergedInto(commit, tip);
    } finally {
      walk.reset();
      walk.setRevFilter(RevFilter.ALL);
    }
  }

  /**
   * True when single ancestry questions are cheap: the repository has reachability bitmaps, or a
   * commit-graph file whose generation numbers bound every search.
   */
  public boolean answersCheaply() throws IOException {
    return generations.isPresent() || bitmaps().isPresent();
  }

  private Optional<ReachabilityChecker> bitmaps() throws IOException {
    if (bitmaps == null) {
      bitmaps = reader.getBitmapIndex() == null
          ? Optional.empty()
          : Optional.of(reader.createReachabilityChecker(walk));
    }
    return bitmaps;
  }

  /** True when the commit-graph file's generation numbers are available. */
  public boolean hasGenerations() {
    return generations.isPresent();
  }

  /**
   * For each start, the bitwise OR of the labels of the commits it holds that {@code base} lacks: one walk
   * for all starts together, parents before children, so a commit's label is its own plus its parents'.
   * Commits base holds carry no label, so the walk never goes below base's history. Starts without a label
   * are left out of the result.
   */
  public Map<ObjectId, Integer> labelsHeld(
      Collection<RevCommit> starts, Optional<RevCommit> base, Map<ObjectId, Integer> labels) throws IOException {
    // A plain date-ordered walk collects what the starts hold beyond base; the labels are then summed over
    // that small set in memory. (A TOPO-sorted walk would give parents first, but costs far more.)
    walk.reset();
    walk.setRevFilter(RevFilter.ALL);
    walk.markStart(starts);
    if (base.isPresent()) {
      walk.markUninteresting(base.get());
    }
    Map<ObjectId, RevCommit> beyond = new HashMap<>();
    for (RevCommit commit : walk) {
      beyond.put(commit.copy(), commit);
    }
    walk.reset();
    Map<ObjectId, Integer> memo = new HashMap<>();
    Map<ObjectId, Integer> result = new HashMap<>();
    for (RevCommit start : starts) {
      int label = label(start, beyond, labels, memo);
      if (label != 0) {
        result.put(start.copy(), label);
      }
    }
    return result;
  }

  /** The label of one commit: its own OR its parents', over the commits in {@code beyond}, without recursion. */
  private static int label(
      RevCommit start, Map<ObjectId, RevCommit> beyond, Map<ObjectId, Integer> labels, Map<ObjectId, Integer> memo) {
    if (!beyond.containsKey(start)) {
      return 0;
    }
    java.util.ArrayDeque<RevCommit> stack = new java.util.ArrayDeque<>();
    stack.push(start);
    while (!stack.isEmpty()) {
      RevCommit commit = stack.peek();
      if (memo.containsKey(commit)) {
        stack.pop();
        continue;
      }
      boolean ready = true;
      int label = labels.getOrDefault(commit, 0);
      for (RevCommit parent : commit.getParents()) {
        if (!beyond.containsKey(parent)) {
          continue;
        }
        Integer known = memo.get(parent);
        if (known == null) {
          ready = false;
          stack.push(beyond.get(parent));
        } else {
          label |= known;
        }
      }
      if (ready) {
        memo.put(commit.copy(), label);
        stack.pop();
      }
    }
    return memo.get(start);
  }

  /** True when {@code tip} holds at least one of {@code commits}. */
  public boolean holdsAny(RevCommit tip, List<RevCommit> commits) throws IOException {
    if (generations.isPresent()) {
      return generations.get().holdsAny(tip, commits);
    }
    for (RevCommit commit : commits) {
      if (holds(tip, commit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The commits {@code tip} holds that {@code base} lacks (all of tip's history when base is empty): how
   * many, the first few newest first, and the oldest ones whose parents are all in base. A branch holds
   * one of these commits exactly when it holds one of the oldest, which is what fork checks test.
   */
  public Excess excess(RevCommit tip, Optional<RevCommit> base, int sampleSize) throws IOException {
    walk.reset();
    walk.setRevFilter(RevFilter.ALL);
    walk.markStart(tip);
    if (base.isPresent()) {
      walk.markUninteresting(base.get());
    }
    List<RevCommit> commits = new ArrayList<>();
    Set<ObjectId> seen = new HashSet<>();
    for (RevCommit commit : walk) {
      commits.add(commit);
      seen.add(commit.copy());
    }
    List<RevCommit> oldest = new ArrayList<>();
    for (RevCommit commit : commits) {
      if (Stream.of(commit.getParents()).noneMatch(seen::contains)) {
        oldest.add(commit);
      }
    }
    walk.reset();
    List<String> sample = commits.stream().limit(sampleSize).map(c -> c.name()).toList();
    return new Excess(commits.size(), sample, oldest, commits);
  }

  @Override
  public void close() {
    walk.close();
    reader.close();
  }

  /** The result of {@link #excess}. */
  public record Excess(int count, List<String> newest, List<RevCommit> oldest, List<RevCommit> all) {
    public boolean isEmpty() {
      return count == 0;
    }
  }
}
