package dev.proarch.yaml.internal.schema;

import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ScalarKind;
import java.util.regex.Pattern;

/** The three relationship forms (PRO-CFG-015, config-spec.md 2.6). */
final class RelationshipChecks {
  private static final Pattern RELATIONSHIP = Pattern.compile("[A-Za-z0-9_-]+:[A-Za-z0-9_.+-]+");

  private RelationshipChecks() {}

  static void relationships(ConfigMapping relationships, Findings findings) {
    for (ConfigEntry relationship : relationships.entries()) {
      ConfigNode value = relationship.value();
      if (value.isNull() || Shape.isInclude(value)) {
        continue;
      }
      if (value instanceof ConfigScalar && ((ConfigScalar) value).kind() == ScalarKind.STRING) {
        String text = ((ConfigScalar) value).text();
        if (!RELATIONSHIP.matcher(text).matches()) {
          findings.add(
              ConfigRules.RELATIONSHIP_FORM,
              value.location(),
              "The relationship '" + relationship.name() + "' points to '" + text
                  + "', which is not of the form <service>:<endpoint>.",
              "actual", text);
        }
      } else if (value instanceof ConfigMapping) {
        relationshipObject(relationship, (ConfigMapping) value, findings);
      } else {
        findings.add(
            ConfigRules.RELATIONSHIP_FORM,
            value.location(),
            "The relationship '" + relationship.name() + "' must be \"<service>:<endpoint>\", empty, or"
                + " {service, endpoint}, not " + value.describe() + ".");
      }
    }
  }
  private static void relationshipObject(ConfigEntry relationship, ConfigMapping object, Findings findings) {
    String name = relationship.name();
    if (object.text("service").isEmpty()) {
      findings.add(
          ConfigRules.RELATIONSHIP_FORM,
          relationship.key().location(),
          "The relationship '" + name + "' is an object without a 'service' string.");
    }
    for (ConfigEntry entry : object.entries()) {
      boolean known = entry.name().equals("service") || entry.name().equals("endpoint");
      if (!known || (!entry.value().isNull() && entry.value().asText().isEmpty())) {
        findings.add(
            ConfigRules.RELATIONSHIP_FORM,
            entry.key().location(),
            known
                ? "The relationship key '" + entry.name() + "' must be a string."
                : "The relationship '" + name + "' has the key '" + entry.name()
                    + "'; an object relationship takes only service and endpoint.");
      }
    }
  }
}
