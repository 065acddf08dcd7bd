package dev.proarch.core.model;

import dev.proarch.core.InvalidValueException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Pro cluster size: {@code ProN} with N vCPU in total over three nodes. Only Pro12 (4 vCPU and 16 GB a
 * node) and Pro120 (40 vCPU and 160 GB a node) are documented; other sizes are custom tiers, sized by the
 * one documented ratio of 1 vCPU to 4 GB and marked as not documented (docs/decisions.md D-TIER-1).
 */
@Value.Immutable
public abstract class ClusterTier implements Comparable<ClusterTier> {
  /** A Pro cluster always has three nodes, one per availability zone. */
  public static final int NODES = 3;

  public static final int SMALLEST_VCPU = 12;
  public static final int LARGEST_VCPU = 120;
  /** The smallest tier that offers the scaled (split-tier) architecture. */
  public static final int SCALED_ARCHITECTURE_FROM_VCPU = 48;

  private static final int GB_PER_VCPU = 4;
  private static final Pattern NAME = Pattern.compile("pro(\\d{1,4})");
  private static final String EXPECTED =
      "ProN where N is the total vCPU, a multiple of 3 from 12 to 120, such as Pro12 or Pro120";

  public static final ClusterTier PRO12 = of(12);
  public static final ClusterTier PRO120 = of(120);

  /** Total vCPU over the three nodes. */
  @Value.Parameter
  public abstract int totalVcpu();

  /** A tier by its total vCPU; throws {@link IllegalArgumentException} outside the Pro range. */
  public static ClusterTier of(int totalVcpu) {
    return ImmutableClusterTier.of(totalVcpu);
  }

  /** Parses a tier name typed by a user, such as {@code Pro12} or {@code pro48}. */
  public static ClusterTier parse(String text) throws InvalidValueException {
    Matcher matcher = NAME.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new InvalidValueException("cluster tier", text, EXPECTED);
    }
    int vcpu = Integer.parseInt(matcher.group(1));
    if (!isValidSize(vcpu)) {
      throw new InvalidValueException("cluster tier", text, EXPECTED);
    }
    return of(vcpu);
  }

  public static boolean isValidSize(int totalVcpu) {
    return totalVcpu >= SMALLEST_VCPU && totalVcpu <= LARGEST_VCPU && totalVcpu % NODES == 0;
  }

  public String name() {
    return "Pro" + totalVcpu();
  }

  public int nodes() {
    return NODES;
  }

  public int vcpuPerNode() {
    return totalVcpu() / NODES;
  }

  public int ramGbPerNode() {
    return vcpuPerNode() * GB_PER_VCPU;
  }

  public int totalRamGb() {
    return ramGbPerNode() * NODES;
  }

  /** True for Pro12 and Pro120, the sizes the seed gives figures for. */
  public boolean isDocumented() {
    return totalVcpu() == SMALLEST_VCPU || totalVcpu() == LARGEST_VCPU;
  }

  /** True from Pro48, where the scaled architecture (three service nodes plus web nodes) is offered. */
  public boolean offersScaledArchitecture() {
    return totalVcpu() >= SCALED_ARCHITECTURE_FROM_VCPU;
  }

  @Override
  public int compareTo(ClusterTier other) {
    return Integer.compare(totalVcpu(), other.totalVcpu());
  }

  @Value.Check
  protected void check() {
    if (!isValidSize(totalVcpu())) {
      throw new IllegalArgumentException("invalid cluster tier Pro" + totalVcpu() + ": expected " + EXPECTED);
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
