package dev.proarch.core.model;

import org.immutables.value.Value;

/** The vCPU and RAM of one node. */
@Value.Immutable
public abstract class Resources {

  @Value.Parameter
  public abstract int vcpu();

  @Value.Parameter
  public abstract int ramGb();

  public static Resources of(int vcpu, int ramGb) {
    return ImmutableResources.of(vcpu, ramGb);
  }

  /** The per-node figures of a cluster tier. */
  public static Resources perNodeOf(ClusterTier tier) {
    return of(tier.vcpuPerNode(), tier.ramGbPerNode());
  }

  @Value.Check
  protected void check() {
    if (vcpu() < 1 || ramGb() < 1) {
      throw new IllegalArgumentException("a node has at least 1 vCPU and 1 GB, got " + this);
    }
  }

  @Override
  public String toString() {
    return vcpu() + " vCPU, " + ramGb() + " GB";
  }
}
