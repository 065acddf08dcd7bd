package dev.proarch.core.policy.promotion;

import dev.proarch.core.model.EnvironmentType;
import java.util.Locale;
import org.immutables.value.Value;

/** A move of code or data from one environment to another: what the promotion rules inspect. */
@Value.Immutable
public abstract class Transfer {

  /** What moves, and how. */
  public enum Kind {
    /** Code merged from a child into its parent ({@code environment:merge}), or production's copy pushed to master. */
    MERGE,
    /** Code pulled from the parent into a child ({@code environment:synchronize code}). */
    SYNC_CODE,
    /** Service data pulled from the parent into a child ({@code environment:synchronize data}). */
    SYNC_DATA,
    /** A database restored from another environment's backup or dump. */
    RESTORE_DATABASE;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the kinds that move data rather than code. */
    public boolean movesData() {
      return this == SYNC_DATA || this == RESTORE_DATABASE;
    }
  }

  @Value.Parameter
  public abstract Kind kind();

  @Value.Parameter
  public abstract EnvironmentType from();

  @Value.Parameter
  public abstract EnvironmentType to();

  public static Transfer of(Kind kind, EnvironmentType from, EnvironmentType to) {
    return ImmutableTransfer.of(kind, from, to);
  }

  public static Transfer merge(EnvironmentType from, EnvironmentType to) {
    return of(Kind.MERGE, from, to);
  }

  public static Transfer syncCode(EnvironmentType from, EnvironmentType to) {
    return of(Kind.SYNC_CODE, from, to);
  }

  public static Transfer syncData(EnvironmentType from, EnvironmentType to) {
    return of(Kind.SYNC_DATA, from, to);
  }

  public static Transfer restoreDatabase(EnvironmentType from, EnvironmentType to) {
    return of(Kind.RESTORE_DATABASE, from, to);
  }

  /** True when {@code from} is the parent of {@code to}: the child promotes into it. */
  public boolean fromParent() {
    return to().promotesTo().filter(from()::equals).isPresent();
  }

  /** Levels from {@code from} to {@code to} along the promotion chain; negative when moving down. */
  public int levels() {
    return level(to()) - level(from());
  }

  static int level(EnvironmentType environment) {
    return EnvironmentType.promotionOrder().indexOf(environment);
  }

  @Override
  public String toString() {
    return kind().label() + " " + from().label() + " -> " + to().label();
  }
}
