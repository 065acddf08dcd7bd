package dev.proarch.provisioning;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.version.CommerceVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Specs and a clock that tests move by hand. */
public final class Fixtures {
  private Fixtures() {}

  public static EnvironmentSpec dedicated(EnvironmentType type, ClusterTier tier) {
    return EnvironmentSpec.builder()
        .type(type)
        .tier(tier)
        .commerceVersion(CommerceVersion.of("2.4.7"))
        .addServices(ServiceSpec.of("mysql", "10.6"))
        .build();
  }

  public static EnvironmentSpec paas(EnvironmentType type) {
    return EnvironmentSpec.builder()
        .type(type)
        .commerceVersion(CommerceVersion.of("2.4.7"))
        .addServices(ServiceSpec.of("mysql", "10.6"))
        .build();
  }

  /** A clock that stands still until {@link #advance(Duration)}. */
  public static final class ManualClock extends Clock {
    private volatile Instant now;

    public ManualClock(Instant start) {
      this.now = start;
    }

    public void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
