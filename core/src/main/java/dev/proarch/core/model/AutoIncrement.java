package dev.proarch.core.model;

import org.immutables.value.Value;

/**
 * A Galera node's MariaDB {@code auto_increment_increment} and {@code auto_increment_offset}. With increment
 * 3 and offsets 1, 2 and 3 the three nodes issue disjoint id sequences (1, 4, 7... / 2, 5, 8... / 3, 6,
 * 9...), which is how every node can accept writes without two inserts getting one id (seed: Galera).
 */
@Value.Immutable
public abstract class AutoIncrement {
  /** The Pro cluster's increment: one step per node. */
  public static final int PRO_INCREMENT = 3;

  @Value.Parameter
  public abstract int increment();

  @Value.Parameter
  public abstract int offset();

  public static AutoIncrement of(int increment, int offset) {
    return ImmutableAutoIncrement.of(increment, offset);
  }

  /** The setting of the n-th (1-based) node of a Pro cluster: increment 3, offset n. */
  public static AutoIncrement proNode(int nodeNumber) {
    return of(PRO_INCREMENT, nodeNumber);
  }

  /**
   * The id the node issues for its k-th insert (0-based) into an empty table. MariaDB ignores an offset
   * larger than the increment and uses the increment's own sequence, which the formula models too.
   */
  public long idOfInsert(long k) {
    long start = offset() > increment() ? 1 : offset();
    return start + k * increment();
  }

  @Value.Check
  protected void check() {
    if (increment() < 1 || offset() < 1) {
      throw new IllegalArgumentException(
          "auto_increment_increment and auto_increment_offset are at least 1, got " + increment() + " and "
              + offset());
    }
  }
}
