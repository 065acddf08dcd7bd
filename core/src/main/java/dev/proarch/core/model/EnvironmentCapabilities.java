package dev.proarch.core.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One column of the seed's environment table, as data. This is the single source that every rule, the
 * configuration validator and the provisioning guard read.
 */
@Value.Immutable
public abstract class EnvironmentCapabilities {

  public abstract SettingsManagement settingsManagementInUi();

  /** Whether the environment holds more than one branch. */
  public abstract boolean multipleBranches();

  /** Whether YAML files configure the environment self-service. */
  public abstract boolean yamlConfiguration();

  public abstract boolean dedicatedIaasHardware();

  public abstract boolean fastlyCdn();

  public abstract NewRelic newRelic();

  public abstract boolean automaticBackups();

  public abstract Hosting hosting();

  /** How many active environments of this kind a project may have at once. */
  public abstract int activeBranchCapacity();

  public abstract List<SeedStatement> recommendedUses();

  public abstract List<SeedStatement> caveats();

  /**
   * Why the values were inferred rather than read from the seed's table, when they were; see
   * {@code docs/decisions.md}.
   */
  public abstract Optional<String> inferredBecause();

  /**
   * Values that were decided rather than read from the seed's table, keyed by field name ({@code
   * automaticBackups}), each with the decision that sets it; see {@code docs/decisions.md}.
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> decidedValues();

  public static ImmutableEnvironmentCapabilities.Builder builder() {
    return ImmutableEnvironmentCapabilities.builder();
  }

  public boolean isInferred() {
    return inferredBecause().isPresent();
  }
}
