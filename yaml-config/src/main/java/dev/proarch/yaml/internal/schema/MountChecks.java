package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ScalarKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Mount paths and both mount forms (PRO-CFG-014, config-spec.md 2.5). */
final class MountChecks {
  private static final Pattern LEGACY_MOUNT = Pattern.compile("shared:files(/\\S*)?");
  private static final Set<String> MOUNT_SOURCES =
      Set.of("local", "service", "tmp", "instance", "storage", "temporary");

  private MountChecks() {}

  static void mounts(ConfigMapping mounts, Findings findings) {
    for (ConfigEntry mount : mounts.entries()) {
      String path = mount.name().trim();
      if (path.isEmpty() || path.equals("/") || List.of(path.split("/")).contains("..")) {
        findings.add(
            ConfigRules.MOUNT_DEFINITION,
            mount.key().location(),
            "The mount path '" + mount.name() + "' must be a directory inside the application.");
      }
      ConfigNode value = mount.value();
      if (value instanceof ConfigScalar && ((ConfigScalar) value).kind() == ScalarKind.STRING) {
        String text = ((ConfigScalar) value).text();
        if (!LEGACY_MOUNT.matcher(text).matches()) {
          findings.add(
              ConfigRules.MOUNT_DEFINITION,
              value.location(),
              "The mount '" + text + "' is neither \"shared:files/<subpath>\" nor an object with a source.",
              "actual", text);
        }
      } else if (value instanceof ConfigMapping object) {
        mountObject(object, findings);
      }
    }
  }
  private static void mountObject(ConfigMapping mount, Findings findings) {
    Optional<ConfigNode> source = mount.get("source");
    Optional<String> sourceText = source.isPresent() ? source.get().asText() : Optional.empty();
    if (sourceText.isPresent() && !MOUNT_SOURCES.contains(sourceText.get())) {
      findings.add(
          ConfigRules.MOUNT_DEFINITION,
          source.get().location(),
          "The mount source '" + sourceText.get() + "' is not one of local, service, tmp, instance, storage,"
              + " temporary" + DidYouMean.suffix(sourceText.get(), MOUNT_SOURCES),
          "actual", sourceText.get());
    }
    if (sourceText.equals(Optional.of("service")) && mount.text("service").isEmpty()) {
      findings.add(
          ConfigRules.MOUNT_DEFINITION,
          source.get().location(),
          "A mount with source: service must name its network-storage service in 'service'.");
    }
  }
}
