package dev.proarch.yaml.internal.schema;

import dev.proarch.core.model.EnvironmentType;
import java.util.OptionalInt;
import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigEntry;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.ScalarKind;
import java.util.Optional;

/** Cron schedules, commands and intervals (PRO-CFG-016 to 018, config-spec.md 2.9). */
final class CronChecks {

  private CronChecks() {}

  static void crons(ConfigMapping crons, CheckContext context, Findings findings) {
    for (ConfigEntry cron : crons.entries()) {
      Optional<ConfigMapping> job = cron.value().asMapping();
      if (job.isEmpty()) {
        continue;
      }
      if (job.get().get("spec").orElse(null) instanceof ConfigScalar spec && spec.kind() == ScalarKind.STRING) {
        cronSpec(cron.name(), spec, context, findings);
      }
      Optional<ConfigNode> cmd = job.get().get("cmd");
      boolean hasCmd = cmd.isPresent() && !cmd.get().isNull();
      boolean hasStart =
          job.get().get("commands").orElse(null) instanceof ConfigMapping commands && commands.has("start");
      if (!hasCmd && !hasStart) {
        findings.add(
            ConfigRules.CRON_COMMAND,
            cron.key().location(),
            "The cron '" + cron.name() + "' has neither cmd nor commands.start, so it runs nothing.",
            "cron", cron.name());
      }
    }
  }
  private static void cronSpec(String name, ConfigScalar spec, CheckContext context, Findings findings) {
    Optional<String> problem = CronSpec.problem(spec.text());
    if (problem.isPresent()) {
      findings.add(
          ConfigRules.CRON_SPEC,
          spec.location(),
          "The cron '" + name + "' has the spec '" + spec.text() + "': " + problem.get() + ".",
          "actual", spec.text());
      return;
    }
    Optional<EnvironmentType> environment = context.environment();
    boolean paas = environment.isPresent()
        && (environment.get() == EnvironmentType.INTEGRATION || environment.get() == EnvironmentType.MASTER);
    if (!paas) {
      return;
    }
    OptionalInt gap = CronSpec.minuteGap(spec.text());
    if (gap.isPresent() && gap.getAsInt() < 5) {
      findings.add(
          ConfigRules.CRON_INTERVAL,
          spec.location(),
          "The cron '" + name + "' runs every " + gap.getAsInt() + " minute(s); "
              + context.environment().get().label() + " environments run crons at most every 5 minutes.",
          "actual", Integer.toString(gap.getAsInt()),
          "minimum", "5");
    }
  }
}
