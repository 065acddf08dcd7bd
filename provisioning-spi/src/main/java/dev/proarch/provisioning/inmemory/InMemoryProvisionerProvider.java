package dev.proarch.provisioning.inmemory;

import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProviderConfig;
import dev.proarch.provisioning.ProviderId;
import dev.proarch.provisioning.Provisioner;
import dev.proarch.provisioning.ProvisionerProvider;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** The reference provider, listed in this module's {@code META-INF/services}. */
public final class InMemoryProvisionerProvider implements ProvisionerProvider {
  public static final ProviderId ID = ProviderId.of("inmemory");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "In-memory simulator of a Pro project";
  }

  @Override
  public Set<ProviderCapability> capabilities() {
    return Set.copyOf(EnumSet.allOf(ProviderCapability.class));
  }

  /** A fresh, empty simulator on the system clock, keeping backups as the seed's retention schedule. */
  @Override
  public Provisioner create(ProviderConfig config) {
    return new InMemoryProvisioner(Clock.systemUTC(), InMemoryProvisioner.defaultRetention());
  }
}
