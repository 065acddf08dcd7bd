package dev.proarch.git.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * "Does tip hold commit c" uses the reachability bitmaps when the repository has them (JGit's bitmapped
 * {@link ReachabilityChecker}) and a merge-base walk otherwise, which stops at the first common ancestor.
 * "Which commits does tip hold that base lacks" is a walk from tip that stops where base's history starts;
 * JGit reads parents from the commit-graph file when the repository has one.
 */
public final class Ancestry implements AutoCloseable {
  private final ObjectReader reader;
  private final RevWalk walk;
  private final Optional<ReachabilityChecker> bitmaps;

  public Ancestry(Repository repository) throws IOException {
    this.reader = repository.newObjectReader();
    this.walk = new RevWalk(reader);
    walk.setRetainBody(false);
    this.bitmaps = reader.getBitmapIndex() == null
        ? Optional.empty()
        : Optional.of(reader.createReachabilityChecker(walk));
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
      if (bitmaps.isPresent()) {
        return bitmaps.get().areAllReachable(List.of(commit), Stream.of(tip)).isEmpty();
      }
      return walk.isMergedInto(commit, tip);
    } finally {
      walk.reset();
      walk.setRevFilter(RevFilter.ALL);
    }
  }

  /** True when {@code tip} holds at least one of {@code commits}. */
  public boolean holdsAny(RevCommit tip, List<RevCommit> commits) throws IOException {
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
    return new Excess(commits.size(), sample, oldest);
  }

  @Override
  public void close() {
    walk.close();
    reader.close();
  }

  /** The result of {@link #excess}. */
  public record Excess(int count, List<String> newest, List<RevCommit> oldest) {
    public boolean isEmpty() {
      return count == 0;
    }
  }
}
