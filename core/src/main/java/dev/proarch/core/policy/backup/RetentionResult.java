package dev.proarch.core.policy.backup;

import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * What a {@link RetentionPolicy} decided: the kept and the pruned backups, each in time order (oldest
 * first) with a reason. Every input timestamp appears in exactly one of the two lists.
 *
 * <p>Hand-written rather than generated: the pruned list is a read-only view over the sorted timestamps,
 * so that pruning a million backups does not copy a million entries. Both lists are unmodifiable and compare
 * by value.
 */
public final class RetentionResult {
  private final List<RetentionDecision> kept;
  private final List<RetentionDecision> pruned;

  RetentionResult(List<RetentionDecision> kept, Instant[] sorted, byte[] codes, String[] reasons) {
    this.kept = List.copyOf(kept);
    this.pruned = new PrunedView(sorted, codes, reasons);
  }

  /** The backups to keep, oldest first. */
  public List<RetentionDecision> kept() {
    return kept;
  }

  /** The backups to delete, oldest first. */
  public List<RetentionDecision> pruned() {
    return pruned;
  }

  /** The kept timestamps, oldest first. */
  public List<Instant> keptTimestamps() {
    return kept.stream().map(RetentionDecision::timestamp).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetentionResult
        && kept.equals(((RetentionResult) other).kept)
        && pruned.equals(((RetentionResult) other).pruned);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kept, pruned);
  }

  @Override
  public String toString() {
    return "RetentionResult{kept=" + kept.size() + ", pruned=" + pruned.size() + "}";
  }

  /** The pruned backups: positions in the sorted array whose code is not 0, with the code's reason. */
  private static final class PrunedView extends AbstractList<RetentionDecision> implements RandomAccess {
    private final Instant[] sorted;
    private final byte[] codes;
    private final String[] reasons;
    private final int[] positions;

    PrunedView(Instant[] sorted, byte[] codes, String[] reasons) {
      this.sorted = sorted;
      this.codes = codes;
      this.reasons = reasons;
      int count = 0;
      for (byte code : codes) {
        if (code != 0) {
          count++;
        }
      }
      positions = new int[count];
      int next = 0;
      for (int i = 0; i < codes.length; i++) {
        if (codes[i] != 0) {
          positions[next++] = i;
        }
      }
    }

    @Override
    public RetentionDecision get(int index) {
      int position = positions[Objects.checkIndex(index, positions.length)];
      return RetentionDecision.of(sorted[position], reasons[codes[position]]);
    }

    @Override
    public int size() {
      return positions.length;
    }
  }
}
