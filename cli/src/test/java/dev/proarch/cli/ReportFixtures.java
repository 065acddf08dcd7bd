package dev.proarch.cli;

import dev.proarch.cli.internal.report.SourceLines;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;
import java.util.Map;

/** Hand-built findings over a small project, for the report tests and golden files. */
public final class ReportFixtures {
  public static final RuleDescriptor UNDEFINED_SERVICE = RuleDescriptor.builder()
      .id(RuleId.of("PRO-CFG-012"))
      .defaultSeverity(Severity.ERROR)
      .summary("A relationship must name a service defined in services.yaml")
      .rationale("The deploy fails when a relationship points at a service that does not exist.")
      .source("config-spec.md 5")
      .hint("Define the service in .magento/services.yaml or fix the relationship.")
      .addTags(RuleTags.CONFIG)
      .build();
  public static final RuleDescriptor PHP_VERSION = RuleDescriptor.builder()
      .id(RuleId.of("PRO-CFG-020"))
      .defaultSeverity(Severity.WARNING)
      .summary("The PHP version must be supported by the Commerce release")
      .rationale("Each Commerce release supports a few PHP versions; others fail at build or run time.")
      .source("service-compat.tsv")
      .hint("Use a PHP version that the release supports.")
      .addTags(RuleTags.CONFIG, RuleTags.VERSION)
      .addFormerIds(RuleId.of("PRO-CFG-900"))
      .build();
  public static final RuleDescriptor CRON_ON_INTEGRATION = RuleDescriptor.builder()
      .id(RuleId.of("PRO-ENV-003"))
      .defaultSeverity(Severity.INFO)
      .summary("Cron jobs do not run on integration environments by default")
      .rationale("Integration environments are for development; crons there are usually unintended.")
      .source("seed: Integration environment")
      .hint("Remove the crons or accept that integration runs them.")
      .addTags(RuleTags.ENVIRONMENT)
      .build();

  /** The catalog of the fixtures; PRO-CFG-031 is missing on purpose, as a rule no provider registered. */
  public static final RuleCatalog CATALOG =
      RuleCatalog.of(List.of(UNDEFINED_SERVICE, PHP_VERSION, CRON_ON_INTEGRATION));

  public static final List<String> APP_YAML = List.of(
      "name: mymagento",
      "type: php:8.1",
      "",
      "relationships:",
      "    database: \"mysql:mysql\"",
      "\tredis: \"redis:redis\"");

  public static final SourceLines SOURCES =
      file -> file.equals(".magento.app.yaml") ? APP_YAML : List.of();

  private ReportFixtures() {}

  public static Diagnostic undefinedService() {
    return UNDEFINED_SERVICE
        .diagnostic("relationship 'database' names service 'mysql', which services.yaml does not define")
        .location(Location.builder().file(".magento.app.yaml").line(5).column(15)
            .endLine(5).endColumn(27).path("relationships.database").build())
        .putAllDetails(Map.of("relationship", "database", "service", "mysql"))
        .build();
  }

  public static Diagnostic phpVersion() {
    return PHP_VERSION
        .diagnostic("PHP 8.1 is not supported by Commerce 2.4.7, which supports 8.2 and 8.3")
        .location(Location.builder().file(".magento.app.yaml").line(2).column(7).path("type").build())
        .putAllDetails(Map.of("actual", "8.1", "expected", "8.2, 8.3"))
        .build();
  }

  public static Diagnostic tabIndented() {
    return UNDEFINED_SERVICE
        .diagnostic("relationship 'redis' names service 'redis', which services.yaml does not define")
        .location(Location.builder().file(".magento.app.yaml").line(6).column(9).path("relationships.redis").build())
        .build();
  }

  public static Diagnostic elasticsearch() {
    return Diagnostic.builder()
        .ruleId(RuleId.of("PRO-CFG-031"))
        .severity(Severity.ERROR)
        .message("Elasticsearch is not supported by Commerce 2.4.7; use OpenSearch")
        .location(Location.builder().file(".magento/services.yaml").path("elasticsearch").build())
        .build();
  }

  public static Diagnostic cronOnIntegration() {
    return CRON_ON_INTEGRATION
        .diagnostic("2 cron jobs will run on integration environments")
        .location(Location.ofPath("crons"))
        .build();
  }

  public static Diagnostic withoutLocation() {
    return CRON_ON_INTEGRATION.diagnostic("the project sets no environment type").build();
  }

  /** The same finding at another place, as after an edit elsewhere in the file. */
  public static Diagnostic moved(Diagnostic finding, Location location) {
    return Diagnostic.builder()
        .ruleId(finding.ruleId())
        .severity(finding.severity())
        .message(finding.message())
        .hint(finding.hint())
        .putAllDetails(finding.details())
        .location(location)
        .build();
  }

  public static List<Diagnostic> all() {
    return List.of(
        phpVersion(), cronOnIntegration(), undefinedService(), elasticsearch(), withoutLocation(), tabIndented());
  }
}
