package dev.proarch.benchmarks;

import dev.proarch.core.policy.backup.RetentionPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The seed retention schedule over many backup timestamps, against sorting the same timestamps: the policy
 * has to sort them, so the sort is the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RetentionBenchmark {
  /** Backups spread over this many days before now: hourly snapshots and far more, in random order. */
  static final int SPREAD_DAYS = 400;

  @Param("1000000")
  public int backups;

  private List<Instant> timestamps;
  private Instant now;

  @Setup
  public void setUp() {
    now = Instant.parse("2026-11-26T12:00:00Z");
    SplittableRandom random = new SplittableRandom(7);
    long spread = SPREAD_DAYS * 86_400L;
    List<Instant> list = new ArrayList<>(backups);
    for (int i = 0; i < backups; i++) {
      list.add(now.minusSeconds(random.nextLong(spread)));
    }
    Collections.shuffle(list, new java.util.Random(11));
    timestamps = List.copyOf(list);
  }

  /** Decides every backup; returns how many are kept. */
  @Benchmark
  public int retain() {
    return RetentionPolicy.seedSchedule().apply(timestamps, now).kept().size();
  }

  /** The floor: copying the timestamps into an array and sorting it, as the policy must. */
  @Benchmark
  public Instant sortFloor() {
    Instant[] sorted = timestamps.toArray(new Instant[0]);
    Arrays.sort(sorted);
    return sorted[sorted.length - 1];
  }
}
