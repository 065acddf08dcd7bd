package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.CommerceVersionSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValidatorTest {
  private static final ConfigValidator VALIDATOR = ConfigValidator.create();
  private static final String APP = "name: mymagento\ntype: php:8.3\ndisk: 2048\n";
  private static final String LOCK =
      "{\"packages\": [{\"name\": \"magento/magento2-base\", \"version\": \"2.4.6\"},"
          + " {\"name\": \"magento/product-enterprise-edition\", \"version\": \"v2.4.7-p3\"}]}";
  private static final String COMPOSER_JSON =
      "{\"require\": {\"magento/magento-cloud-metapackage\": \">=2.4.8 <2.4.9\"}}";

  private static Map<String, byte[]> files(String... pathsAndTexts) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  @Test
  void theVersionOptionWinsOverComposerFiles() {
    ValidationResult result = VALIDATOR.validate(
        ProjectSource.ofFiles(files(".magento.app.yaml", APP, "composer.lock", LOCK)),
        ValidationOptions.builder().commerceVersion("2.4.8").build());
    assertThat(result.commerceVersion()).contains("2.4.8");
    assertThat(result.commerceVersionSource()).isEqualTo(CommerceVersionSource.OPTION);
    assertThat(result.exactCommerceVersion().map(Object::toString)).contains("2.4.8");
  }

  @Test
  void composerLockGivesTheEditionVersionBeforeTheBasePackage() {
    ValidationResult result = VALIDATOR.validate(
        ProjectSource.ofFiles(files(".magento.app.yaml", APP, "composer.lock", LOCK, "composer.json", COMPOSER_JSON)));
    assertThat(result.commerceVersion()).contains("2.4.7-p3");
    assertThat(result.commerceVersionSource()).isEqualTo(CommerceVersionSource.COMPOSER_LOCK);
    assertThat(result.diagnostics()).noneMatch(d -> d.ruleId().value().equals("PRO-CFG-090"));
  }

  @Test
  void composerJsonGivesAConstraint() {
    ValidationResult result = VALIDATOR.validate(
        ProjectSource.ofFiles(files(".magento.app.yaml", APP, "composer.json", COMPOSER_JSON)));
    assertThat(result.commerceVersion()).contains(">=2.4.8 <2.4.9");
    assertThat(result.commerceVersionSource()).isEqualTo(CommerceVersionSource.COMPOSER_JSON);
    assertThat(result.exactCommerceVersion()).isEmpty();
  }

  @Test
  void withoutAVersionOneInfoSaysHowToSupplyIt() {
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(files(".magento.app.yaml", APP)));
    assertThat(result.commerceVersionSource()).isEqualTo(CommerceVersionSource.UNKNOWN);
    assertThat(result.diagnostics()).filteredOn(d -> d.ruleId().value().equals("PRO-CFG-090"))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.INFO);
          assertThat(d.hint()).hasValueSatisfying(hint -> assertThat(hint).contains("composer.lock"));
        });
  }

  @Test
  void aDirectoryWithoutCloudFilesIsNotAProject(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("README.md"), "hello");
    assertThatThrownBy(() -> ProjectSource.ofDirectory(dir)).isInstanceOf(NotAProjectException.class)
        .hasMessageContaining("not an Adobe Commerce Cloud project");
    assertThatThrownBy(() -> ProjectSource.ofDirectory(dir.resolve("missing")))
        .isInstanceOf(NotAProjectException.class);
  }

  @Test
  void anEmptyMagentoDirectoryMakesAProject(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".magento"));
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofDirectory(dir));
    assertThat(result.diagnostics()).anyMatch(d -> d.ruleId().value().equals("PRO-CFG-004"));
  }

  @Test
  void applicationsOneLevelDownAreReadAfterTheRootOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".magento.app.yaml"), APP);
    Files.createDirectories(dir.resolve("application-server/deeper"));
    Files.writeString(dir.resolve("application-server/.magento.app.yaml"),
        "name: application-server\ntype: php:8.3\ndisk: 1024\nsource:\n  root: /\n");
    Files.writeString(dir.resolve("application-server/deeper/.magento.app.yaml"), "name: ignored\n");
    Files.createDirectories(dir.resolve("worker/.magento"));
    Files.writeString(dir.resolve("worker/.magento/.magento.app.yaml"), "name: worker\ntype: php:8.3\ndisk: 512\n");
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofDirectory(dir));
    assertThat(result.config().applications()).extracting(ApplicationConfig::name)
        .containsExactly(Optional.of("mymagento"), Optional.of("application-server"), Optional.of("worker"));
    assertThat(result.files())
        .containsExactly(".magento.app.yaml", "application-server/.magento.app.yaml", "worker/.magento/.magento.app.yaml");
  }

  @Test
  void severityOverridesReRankOrTurnRulesOff() {
    Map<String, byte[]> files = files(".magento.app.yaml", "name: MyMagento\ntype: php:7.1-rc\ndisk: 2048\n");
    ValidationResult result = VALIDATOR.validate(
        ProjectSource.ofFiles(files),
        ValidationOptions.builder()
            .putSeverityOverrides(RuleId.of("PRO-CFG-010"), Optional.empty())
            .putSeverityOverrides(RuleId.of("PRO-CFG-012"), Optional.of(Severity.ERROR))
            .build());
    assertThat(result.diagnostics()).noneMatch(d -> d.ruleId().value().equals("PRO-CFG-010"));
    assertThat(result.diagnostics()).filteredOn(d -> d.ruleId().value().equals("PRO-CFG-012"))
        .singleElement().extracting(d -> d.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void theEnvVariableSchemaCanBeReplaced() {
    String env = "stage:\n  deploy:\n    MY_NEW_VARIABLE: true\n";
    Map<String, byte[]> files = files(".magento.app.yaml", APP, ".magento.env.yaml", env);
    assertThat(VALIDATOR.validate(ProjectSource.ofFiles(files)).diagnostics())
        .anyMatch(d -> d.ruleId().value().equals("PRO-CFG-063"));
    String schema = ConfigValidator.bundledEnvVariableSchema() + "MY_NEW_VARIABLE\tboolean\tdeploy\t-\t-\t-\tno\t-\n";
    ValidationResult replaced = VALIDATOR.validate(
        ProjectSource.ofFiles(files), ValidationOptions.builder().envVariableSchema(schema).build());
    assertThat(replaced.diagnostics()).noneMatch(d -> d.ruleId().value().equals("PRO-CFG-063"));
  }

  @Test
  void aBrokenSchemaOverrideIsAFindingAndTheBundledSchemaIsUsed() {
    Map<String, byte[]> files = files(".magento.app.yaml", APP, ".magento.env.yaml", "stage:\n  build:\n    SKIP_SDC: true\n");
    ValidationResult result = VALIDATOR.validate(
        ProjectSource.ofFiles(files), ValidationOptions.builder().envVariableSchema("NOT A TABLE").build());
    assertThat(result.diagnostics()).anyMatch(d -> d.ruleId().value().equals("PRO-CFG-092"));
    assertThat(result.diagnostics()).anyMatch(d -> d.ruleId().value().equals("PRO-CFG-063")
        && d.message().contains("SKIP_SCD"));
  }

  @Test
  void findingsAreSortedAndSourceLinesAreKept() {
    Map<String, byte[]> files = files(
        ".magento.app.yaml", "name: Bad Name\ntype: php\ndisk: 1\n",
        ".magento/routes.yaml", "\"https://{default}:8080/\":\n    type: upstream\n    upstream: 'mymagento:php'\n");
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(files),
        ValidationOptions.builder().environment(EnvironmentType.STAGING).build());
    assertThat(result.diagnostics()).isSortedAccordingTo(DiagnosticOrder.INSTANCE);
    assertThat(result.sourceLines(".magento.app.yaml")).startsWith("name: Bad Name", "type: php");
    assertThat(result.sourceLines("nope.yaml")).isEmpty();
  }

  @Test
  void ofFilesKeepsOnlyProjectFilesAndNormalisesPaths() {
    ProjectSource source = ProjectSource.ofFiles(files(
        "./.magento.app.yaml", APP, "README.md", "x", "a\\.magento.app.yaml", APP, "a/b/.magento.app.yaml", APP,
        "application-server/.magento/.magento.app.yaml", APP, ".magento/.magento.app.yaml", APP,
        ".git/.magento.app.yaml", APP));
    assertThat(source.paths())
        .containsExactly(".magento.app.yaml", "a/.magento.app.yaml", "application-server/.magento/.magento.app.yaml");
  }

  @Test
  void invalidReaderLimitsAreRejected() {
    assertThatThrownBy(() -> ConfigValidator.builder().maxAliases(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
