package dev.proarch.git.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.internal.storage.commitgraph.CommitGraph;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * "Does tip hold one of these commits" with the generation numbers of Git's commit-graph file: a commit can
 * only hold commits of a lower generation, so the search from tip never goes below the lowest generation of
 * the targets. The cost depends on how far apart tip and targets are, not on the length of history. Commits
 * newer than the commit-graph file are read through the walk, and their generation is derived from their
 * parents'.
 */
final class GenerationWalk {
  private final CommitGraph graph;
  private final RevWalk walk;
  private final Map<ObjectId, Integer> derived = new HashMap<>();

  GenerationWalk(CommitGraph graph, RevWalk walk) {
    this.graph = graph;
    this.walk = walk;
  }

  boolean holdsAny(RevCommit tip, Collection<RevCommit> targets) throws IOException {
    Set<ObjectId> wanted = new HashSet<>();
    int lowest = Integer.MAX_VALUE;
    for (RevCommit target : targets) {
      wanted.add(target.copy());
      lowest = Math.min(lowest, generation(target));
    }
    Set<ObjectId> seen = new HashSet<>();
    ArrayDeque<ObjectId> pending = new ArrayDeque<>();
    pending.push(tip.copy());
    while (!pending.isEmpty()) {
      ObjectId commit = pending.pop();
      if (wanted.contains(commit)) {
        return true;
      }
      if (!seen.add(commit) || generation(commit) <= lowest) {
        continue; // a commit holds only commits of a lower generation
      }
      for (ObjectId parent : parents(commit)) {
        pending.push(parent);
      }
    }
    return false;
  }

  private List<ObjectId> parents(ObjectId commit) throws IOException {
    int position = graph.findGraphPosition(commit);
    if (position >= 0) {
      int[] positions = graph.getCommitData(position).getParents();
      ObjectId[] ids = new ObjectId[positions.length];
      for (int i = 0; i < positions.length; i++) {
        ids[i] = graph.getObjectId(positions[i]);
      }
      return List.of(ids);
    }
    RevCommit parsed = walk.parseCommit(commit);
    ObjectId[] ids = new ObjectId[parsed.getParentCount()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = parsed.getParent(i).copy();
    }
    return List.of(ids);
  }

  /** The topological level: 1 for a root, else one more than the highest parent. */
  private int generation(ObjectId commit) throws IOException {
    int position = graph.findGraphPosition(commit);
    if (position >= 0) {
      return graph.getCommitData(position).getGeneration();
    }
    Integer known = derived.get(commit);
    if (known != null) {
      return known;
    }
    // Commits newer than the graph file: derive iteratively, parents first.
    ArrayDeque<ObjectId> stack = new ArrayDeque<>();
    stack.push(commit.copy());
    while (!stack.isEmpty()) {
      ObjectId current = stack.peek();
      int highest = 0;
      boolean ready = true;
      for (ObjectId parent : parents(current)) {
        int parentPosition = graph.findGraphPosition(parent);
        Integer parentGeneration = parentPosition >= 0
            ? Integer.valueOf(graph.getCommitData(parentPosition).getGeneration())
            : derived.get(parent);
        if (parentGeneration == null) {
          ready = false;
          stack.push(parent);
        } else {
          highest = Math.max(highest, parentGeneration);
        }
      }
      if (ready) {
        derived.put(current, highest + 1);
        stack.pop();
      }
    }
    return derived.get(commit);
  }
}
