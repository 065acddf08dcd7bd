package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Severity;
import dev.proarch.core.version.CommerceReleases;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.core.version.CompatibilityMatrix;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Severities, options and environments of the project-wide rules (PRO-CFG-1xx). */
class CrossFileChecksTest {
  private static final ConfigValidator VALIDATOR = ConfigValidator.create();
  private static final String NO_SEARCH_APP =
      "name: mymagento\ntype: php:8.1\nrelationships:\n    database: \"mysql:mysql\"\n";
  private static final String SERVICES = "mysql:\n    type: mysql:10.4\n    disk: 2048\n";

  private static List<Diagnostic> validate(Map<String, String> files, ValidationOptions options) {
    Map<String, byte[]> bytes = new TreeMap<>();
    files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return VALIDATOR.validate(ProjectSource.ofFiles(bytes), options).diagnostics();
  }

  private static List<Diagnostic> of(List<Diagnostic> diagnostics, String rule) {
    return diagnostics.stream().filter(d -> d.ruleId().value().equals(rule)).toList();
  }

  private static ValidationOptions version(String commerce) {
    return ValidationOptions.builder().commerceVersion(commerce).build();
  }

  private static Map<String, String> project(String app) {
    return Map.of(".magento.app.yaml", app, ".magento/services.yaml", SERVICES);
  }

  @Test
  void aConfigPhpWithoutScopesMissesTheIdealStateAndOneWithScopesOrNoneAtAllDoesNot() {
    String app = "name: mymagento\ntype: php:8.3\nhooks:\n    post_deploy: \"php ./vendor/bin/ece-tools post-deploy\"\n";
    String withScopes = "<?php\nreturn [\n    'modules' => ['Magento_Store' => 1],\n    'scopes' => [\n"
        + "        'websites' => ['base' => ['website_id' => '1']],\n    ],\n];\n";
    String modulesOnly = "<?php\nreturn [\n    'modules' => ['Magento_Store' => 1],\n];\n";
    ValidationOptions none = ValidationOptions.defaults();
    assertThat(of(validate(Map.of(".magento.app.yaml", app), none), "PRO-CFG-122")).isEmpty();
    assertThat(of(validate(Map.of(".magento.app.yaml", app, "app/etc/config.php", withScopes), none), "PRO-CFG-122"))
        .isEmpty();
    assertThat(of(validate(Map.of(".magento.app.yaml", app, "app/etc/config.php", modulesOnly), none), "PRO-CFG-122"))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.location().flatMap(l -> l.file())).contains("app/etc/config.php");
          assertThat(d.details()).containsEntry("condition", "scopes");
          assertThat(d.message()).contains("no scopes").contains("warning 1006");
        });
  }

  @Test
  void aVersionRuleIsAnErrorWhenEveryAllowedReleaseFailsAndAWarningWhenSomeDo() {
    List<Diagnostic> all = of(validate(project(NO_SEARCH_APP), version(">=2.4.4 <2.4.5")), "PRO-CFG-112");
    List<Diagnostic> some = of(validate(project(NO_SEARCH_APP), version(">=2.3.7 <2.4.1")), "PRO-CFG-112");
    assertThat(all).singleElement().extracting(Diagnostic::severity).isEqualTo(Severity.ERROR);
    assertThat(some).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.details()).containsEntry("failsFor", "2.4.0, 2.4.0-p1");
      assertThat(d.message()).contains("2 of the");
    });
  }

  @Test
  void liveSearchEnabledInConfigPhpExemptsTheProjectFromASearchEngine() {
    Map<String, String> files = new TreeMap<>(project(NO_SEARCH_APP));
    files.put("app/etc/config.php", "<?php\nreturn [\n    'modules' => [\n        'Magento_LiveSearchAdapter' => 1,\n    ],\n];\n");
    assertThat(of(validate(files, version("2.4.6")), "PRO-CFG-112")).isEmpty();
    files.put("app/etc/config.php", "<?php\nreturn ['modules' => ['Magento_LiveSearchAdapter' => 0]];\n");
    assertThat(of(validate(files, version("2.4.6")), "PRO-CFG-112")).hasSize(1);
  }

  @Test
  void aMatrixMismatchIsAWarningEvenWhenEveryReleaseFails() {
    List<Diagnostic> php = of(validate(project(NO_SEARCH_APP.replace("php:8.1", "php:7.4")), version("2.4.4")),
        "PRO-CFG-110");
    assertThat(php).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.details()).containsEntry("expected", ">=8.1 <8.2").containsEntry("actual", "7.4");
    });
  }

  @Test
  void withoutACommerceVersionTheVersionRulesAreSkippedAndOneNoticeSaysSo() {
    List<Diagnostic> diagnostics = validate(project(NO_SEARCH_APP.replace("php:8.1", "php:5.6")), ValidationOptions.defaults());
    assertThat(diagnostics).noneMatch(d -> List.of("PRO-CFG-110", "PRO-CFG-111", "PRO-CFG-112", "PRO-CFG-113",
        "PRO-CFG-115", "PRO-CFG-119").contains(d.ruleId().value()));
    assertThat(of(diagnostics, "PRO-CFG-090")).hasSize(1);
  }

  @Test
  void aReplacementMatrixDecidesInsteadOfTheBundledOne() {
    String matrix = "service\tmagento_version_constraint\tservice_version_constraint\nphp\t>=2.4.4 <2.4.5\t>=7.4 <8.2\n";
    ValidationOptions options = ValidationOptions.builder().commerceVersion("2.4.4").compatMatrix(matrix).build();
    List<Diagnostic> diagnostics = validate(project(NO_SEARCH_APP.replace("php:8.1", "php:7.4")), options);
    assertThat(of(diagnostics, "PRO-CFG-110")).isEmpty();
    assertThat(of(diagnostics, "PRO-CFG-092")).isEmpty();
  }

  @Test
  void aBrokenReplacementMatrixIsOneFindingAndTheBundledMatrixIsUsed() {
    ValidationOptions options =
        ValidationOptions.builder().commerceVersion("2.4.4").compatMatrix("php\tnot a constraint\n").build();
    List<Diagnostic> diagnostics = validate(project(NO_SEARCH_APP.replace("php:8.1", "php:7.4")), options);
    assertThat(of(diagnostics, "PRO-CFG-092")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("compatibility matrix override", "line 1"));
    assertThat(of(diagnostics, "PRO-CFG-110")).hasSize(1);
  }

  @Test
  void theBraintreeChannelIsAnErrorOnlyWhenEveryReleaseIs240OrLater() {
    String app = NO_SEARCH_APP + "variables:\n    env:\n        CONFIG__STORES__DEFAULT__PAYMENT__BRAINTREE__CHANNEL: x\n";
    assertThat(of(validate(project(app), version("2.4.0")), "PRO-CFG-108")).singleElement()
        .extracting(Diagnostic::severity).isEqualTo(Severity.ERROR);
    assertThat(of(validate(project(app), version("^2.3")), "PRO-CFG-108")).singleElement()
        .extracting(Diagnostic::severity).isEqualTo(Severity.WARNING);
    assertThat(of(validate(project(app), version("2.3.7")), "PRO-CFG-108")).singleElement()
        .extracting(Diagnostic::severity).isEqualTo(Severity.INFO);
    assertThat(of(validate(project(app), ValidationOptions.defaults()), "PRO-CFG-108")).singleElement()
        .extracting(Diagnostic::severity).isEqualTo(Severity.INFO);
  }

  @Test
  void onStagingAndProductionServicesRoutesAndCronsGetOneNoticeEach() {
    String app = NO_SEARCH_APP + "crons:\n    a:\n        spec: '* * * * *'\n        cmd: x\n    b:\n        spec: '* * * * *'\n        cmd: y\n";
    Map<String, String> files = Map.of(".magento.app.yaml", app, ".magento/services.yaml", SERVICES,
        ".magento/routes.yaml", "\"https://{default}/\":\n    type: upstream\n    upstream: \"mymagento:http\"\n");
    for (EnvironmentType environment : EnvironmentType.values()) {
      List<Diagnostic> notices =
          of(validate(files, ValidationOptions.builder().environment(environment).build()), "PRO-CFG-120");
      if (environment.capabilities().yamlConfiguration()) {
        assertThat(notices).as(environment.label()).isEmpty();
      } else {
        assertThat(notices).as(environment.label()).hasSize(3).allMatch(d -> d.severity() == Severity.INFO);
        assertThat(notices).extracting(d -> d.location().get().file().get())
            .containsExactlyInAnyOrder(".magento/services.yaml", ".magento/routes.yaml", ".magento.app.yaml");
      }
    }
  }

  @Test
  void onIntegrationEnabledCronsAreThePolicyRuleAtTheCronsKey() {
    String app = NO_SEARCH_APP + "crons:\n    cronrun:\n        spec: '*/5 * * * *'\n        cmd: x\n";
    List<Diagnostic> diagnostics =
        validate(project(app), ValidationOptions.builder().environment(EnvironmentType.INTEGRATION).build());
    assertThat(of(diagnostics, "PRO-INT-003")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.location().get().line().getAsInt()).isEqualTo(5);
    });
    assertThat(of(validate(project(app), ValidationOptions.defaults()), "PRO-INT-003")).isEmpty();
  }

  @Provide
  Arbitrary<List<CommerceVersion>> releaseRanges() {
    List<CommerceVersion> releases = CommerceReleases.all();
    return Combinators.combine(Arbitraries.integers().between(0, releases.size() - 1),
            Arbitraries.integers().between(0, releases.size() - 1))
        .as((a, b) -> releases.subList(Math.min(a, b), Math.max(a, b) + 1));
  }

  /** The search rule (an error by default) is reported iff some release fails, an error iff all do. */
  @Property(tries = 150)
  void searchFindingIsAnErrorExactlyWhenEveryAllowedReleaseFails(@ForAll("releaseRanges") List<CommerceVersion> range) {
    String constraint = ">=" + range.get(0) + " <=" + range.get(range.size() - 1);
    CommerceVersion first24 = CommerceVersion.of("2.4.0");
    List<CommerceVersion> allowed = CommerceReleases.allowedBy(dev.proarch.core.version.VersionConstraint.of(constraint));
    long failing = allowed.stream().filter(release -> release.isAtLeast(first24)).count();
    List<Diagnostic> found = of(validate(project(NO_SEARCH_APP), version(constraint)), "PRO-CFG-112");
    if (failing == 0) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).singleElement().extracting(Diagnostic::severity)
          .isEqualTo(failing == allowed.size() ? Severity.ERROR : Severity.WARNING);
    }
  }

  /** An exact release and the constraint that allows only it give the same version findings. */
  @Property(tries = 100)
  void anExactReleaseAndItsSingleReleaseConstraintAgree(
      @ForAll("knownReleases") CommerceVersion release, @ForAll("phpVersions") String php) {
    Map<String, String> files = project(NO_SEARCH_APP.replace("php:8.1", "php:" + php));
    List<String> exact = ruleLines(validate(files, version(release.toString())));
    List<String> constraint = ruleLines(validate(files, version(">=" + release + " <=" + release)));
    assertThat(constraint).isEqualTo(exact);
  }

  @Provide
  Arbitrary<CommerceVersion> knownReleases() {
    return Arbitraries.of(CommerceReleases.all());
  }

  @Provide
  Arbitrary<String> phpVersions() {
    return Arbitraries.of("5.6", "7.0", "7.1", "7.2", "7.3", "7.4", "8.1", "8.2", "8.3", "8.4");
  }

  private static List<String> ruleLines(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.ruleId().value().compareTo("PRO-CFG-110") >= 0 && d.ruleId().value().compareTo("PRO-CFG-116") < 0)
        .map(d -> d.ruleId() + " " + d.severity() + " " + d.location().flatMap(l -> l.file()).orElse("-"))
        .toList();
  }

  @Provide
  Arbitrary<String> mutatedYaml() {
    return new RobustnessTest().mutatedYaml();
  }

  @Provide
  Arbitrary<String> versionTexts() {
    return Arbitraries.oneOf(
        Arbitraries.of(CommerceReleases.all()).map(CommerceVersion::toString),
        Arbitraries.of("^2.4", ">=2.4.4 <2.4.5", "~2.3.0", "3.0.*", "dev-main", "2.4.x-dev", ">=2.4.8"));
  }

  /** Whatever the three files hold, the project checks do not throw and point inside the file they name. */
  @Property(tries = 150)
  void projectChecksNeverThrowAndPointInsideTheirFiles(
      @ForAll("mutatedYaml") String app, @ForAll("mutatedYaml") String services, @ForAll("mutatedYaml") String routes,
      @ForAll("versionTexts") String commerce, @ForAll EnvironmentType environment) {
    Map<String, String> files =
        Map.of(".magento.app.yaml", app, ".magento/services.yaml", services, ".magento/routes.yaml", routes);
    ValidationOptions options = ValidationOptions.builder().commerceVersion(commerce).environment(environment).build();
    Map<String, byte[]> bytes = new TreeMap<>();
    files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(bytes), options);
    for (Diagnostic d : result.diagnostics()) {
      if (d.location().isPresent() && d.location().get().line().isPresent()) {
        String file = d.location().get().file().orElseThrow();
        assertThat(files).containsKey(file);
        assertThat(d.location().get().line().getAsInt()).isBetween(1, result.sourceLines(file).size());
      }
    }
  }

  @Test
  void theBundledMatrixKnowsEveryServiceTheVersionRuleReads() {
    CompatibilityMatrix matrix = CompatibilityMatrix.bundled();
    for (String type : List.of("php", "mysql", "mariadb", "redis", "valkey", "elasticsearch", "opensearch",
        "rabbitmq", "activemq-artemis", "varnish")) {
      assertThat(matrix.knows(CompatibilityMatrix.keyForType(type))).as(type).isTrue();
    }
  }
}
