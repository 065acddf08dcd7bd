package dev.proarch.cli;

import dev.proarch.core.model.EnvironmentCapabilities;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.model.Hosting;
import dev.proarch.core.model.NewRelic;
import dev.proarch.core.model.SettingsManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One row of the capability table as the commands print it: the seed's row label, the JSON key, and how a
 * column's value reads in text and in JSON. The first seven rows are the seed's table; hosting and the
 * active-branch capacity follow from its prose.
 */
record CapabilityRow(
    String key,
    String label,
    BiFunction<EnvironmentType, EnvironmentCapabilities, String> text,
    Function<EnvironmentCapabilities, Object> json) {

  static final List<CapabilityRow> ALL = List.of(
      new CapabilityRow("settingsManagementInUi", "Supports settings management in the UI",
          (type, c) -> c.settingsManagementInUi() == SettingsManagement.YES ? "Yes" : "Limited",
          c -> lower(c.settingsManagementInUi())),
      new CapabilityRow("multipleBranches", "Supports multiple branches",
          (type, c) -> c.multipleBranches() ? "Yes" : "No (" + capitalized(type.label()) + " only)",
          EnvironmentCapabilities::multipleBranches),
      new CapabilityRow("yamlConfiguration", "Uses YAML files for configuration",
          (type, c) -> yesNo(c.yamlConfiguration()), EnvironmentCapabilities::yamlConfiguration),
      new CapabilityRow("dedicatedIaasHardware", "Runs on dedicated IaaS hardware",
          (type, c) -> yesNo(c.dedicatedIaasHardware()), EnvironmentCapabilities::dedicatedIaasHardware),
      new CapabilityRow("fastlyCdn", "Includes Fastly CDN",
          (type, c) -> yesNo(c.fastlyCdn()), EnvironmentCapabilities::fastlyCdn),
      new CapabilityRow("newRelic", "Includes New Relic service",
          (type, c) -> newRelicText(c.newRelic()), c -> newRelicJson(c.newRelic())),
      new CapabilityRow("automaticBackups", "Automatic Backups",
          (type, c) -> yesNo(c.automaticBackups()), EnvironmentCapabilities::automaticBackups),
      new CapabilityRow("hosting", "Hosting",
          (type, c) -> c.hosting() == Hosting.DEDICATED_IAAS ? "Dedicated IaaS" : "PaaS container",
          c -> lower(c.hosting()).replace('_', '-')),
      new CapabilityRow("activeBranchCapacity", "Active branches at once",
          (type, c) -> String.valueOf(c.activeBranchCapacity()), EnvironmentCapabilities::activeBranchCapacity));

  String text(EnvironmentType type) {
    return text.apply(type, type.capabilities());
  }

  Object json(EnvironmentCapabilities capabilities) {
    return json.apply(capabilities);
  }

  /** The keys of the values that were inferred or decided rather than read from the seed's table. */
  static List<String> inferredKeys(EnvironmentCapabilities capabilities) {
    List<String> keys = new ArrayList<>();
    for (CapabilityRow row : ALL) {
      if (capabilities.isInferred() || capabilities.decidedValues().containsKey(row.key())) {
        keys.add(row.key());
      }
    }
    return keys;
  }

  private static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }

  private static String newRelicText(NewRelic newRelic) {
    switch (newRelic) {
      case APM:
        return "APM";
      case APM_AND_NRI:
        return "APM + NRI";
      default:
        return "No";
    }
  }

  private static String newRelicJson(NewRelic newRelic) {
    switch (newRelic) {
      case APM:
        return "apm";
      case APM_AND_NRI:
        return "apm+nri";
      default:
        return "none";
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
