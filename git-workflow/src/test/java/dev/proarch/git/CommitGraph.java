package dev.proarch.git;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A generated commit graph and the simple oracle the properties compare against: ancestry by plain
 * depth-first search over the parent lists, no JGit involved. Commit 0 is a root; every later commit has
 * one or two earlier parents, or none (an unrelated root) now and then.
 */
final class CommitGraph {
  final List<int[]> parents = new ArrayList<>();
  final List<ObjectId> ids = new ArrayList<>();

  /** Builds the graph from generated numbers: {@code firsts[i] % i} is commit i's first parent. */
  static CommitGraph of(List<Integer> firsts, List<Integer> seconds) {
    CommitGraph graph = new CommitGraph();
    graph.parents.add(new int[0]);
    for (int i = 1; i < firsts.size(); i++) {
      int first = firsts.get(i) % (i + 1);
      int second = seconds.get(i % seconds.size()) % (i * 3);
      if (first == i) {
        graph.parents.add(new int[0]);
      } else if (second < i && second != first) {
        graph.parents.add(new int[] {first, second});
      } else {
        graph.parents.add(new int[] {first});
      }
    }
    return graph;
  }

  int size() {
    return parents.size();
  }

  /** Writes the commits into the repository and remembers their ids. */
  void writeTo(TestRepo repo) {
    for (int i = 0; i < size(); i++) {
      ObjectId[] parentIds = new ObjectId[parents.get(i).length];
      for (int p = 0; p < parentIds.length; p++) {
        parentIds[p] = ids.get(parents.get(i)[p]);
      }
      ids.add(repo.commit("c" + i, parentIds));
    }
  }

  /** Every commit {@code tip} holds, itself included. */
  BitSet ancestors(int tip) {
    BitSet seen = new BitSet();
    List<Integer> stack = new ArrayList<>(List.of(tip));
    while (!stack.isEmpty()) {
      int commit = stack.remove(stack.size() - 1);
      if (!seen.get(commit)) {
        seen.set(commit);
        for (int parent : parents.get(commit)) {
          stack.add(parent);
        }
      }
    }
    return seen;
  }

  boolean holds(int tip, int commit) {
    return ancestors(tip).get(commit);
  }

  /** True when every commit {@code inner} holds is held by {@code outer}. */
  boolean within(int inner, int outer) {
    BitSet extra = ancestors(inner);
    extra.andNot(ancestors(outer));
    return extra.isEmpty();
  }

  int indexOf(ObjectId id) {
    return ids.indexOf(id);
  }
}
