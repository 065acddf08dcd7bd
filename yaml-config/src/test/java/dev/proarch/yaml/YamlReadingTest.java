package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.EnvVariable;
import dev.proarch.yaml.model.Relationship;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's YAML extensions load, and hostile documents are refused with a finding. */
class YamlReadingTest {
  private static final ConfigValidator VALIDATOR = ConfigValidator.create();

  static ValidationResult validate(String path, String text) {
    return VALIDATOR.validate(ProjectSource.ofFiles(Map.of(path, text.getBytes(StandardCharsets.UTF_8))));
  }

  static List<String> ids(ValidationResult result) {
    return result.diagnostics().stream().map(d -> d.ruleId().value()).toList();
  }

  @Test
  void mergeKeysApplyAndExplicitKeysWin() {
    ValidationResult result =
        validate(
            ".magento.app.yaml",
            "name: mymagento\ntype: php:8.3\ndisk: 2048\n"
                + "base: &base\n  spec: '*/5 * * * *'\n  cmd: 'php bin/magento cron:run'\n"
                + "crons:\n  first:\n    <<: *base\n    cmd: 'php bin/magento cron:run --group=index'\n");
    ApplicationConfig app = result.config().applications().get(0);
    assertThat(app.crons()).singleElement().satisfies(cron -> {
      assertThat(cron.spec()).contains("*/5 * * * *");
      assertThat(cron.command()).contains("php bin/magento cron:run --group=index");
    });
    assertThat(ids(result)).contains("PRO-CFG-006").doesNotContain("PRO-CFG-016", "PRO-CFG-017");
  }

  @Test
  void includeAndArchiveTagsAreAccepted() {
    ValidationResult result =
        validate(
            ".magento/services.yaml",
            "varnish:\n    type: varnish:6.0\n    relationships:\n        application: 'mymagento:http'\n"
                + "    configuration:\n        vcl: !include\n            type: string\n            path: config.vcl\n"
                + "        extra: !include ./file.yaml\n        files: !archive \"dir\"\n");
    assertThat(ids(result)).doesNotContain("PRO-CFG-001", "PRO-CFG-006", "PRO-CFG-007");
    ConfigNode vcl = result.config().services().get(0).node().mapping("configuration").get().get("vcl").get();
    assertThat(vcl.tag()).contains("!include");
  }

  @Test
  void phpConstantKeysLoadInTheEnvironmentFile() {
    ValidationResult result =
        validate(
            ".magento.env.yaml",
            "stage:\n  deploy:\n    DATABASE_CONFIGURATION:\n      connection:\n        default:\n"
                + "          driver_options:\n            !php/const:\\PDO::MYSQL_ATTR_LOCAL_INFILE : 1\n"
                + "      _merge: true\n");
    assertThat(ids(result)).doesNotContain("PRO-CFG-001", "PRO-CFG-064");
    EnvVariable variable = result.config().environment().get().variable("deploy", "DATABASE_CONFIGURATION").get();
    ConfigMapping options = variable.value().asMapping().get().mapping("connection").get()
        .mapping("default").get().mapping("driver_options").get();
    assertThat(options.keys()).containsExactly("!php/const:\\PDO::MYSQL_ATTR_LOCAL_INFILE");
  }

  @Test
  void syntaxErrorsPointAtTheFault() {
    ValidationResult result = validate(".magento.app.yaml", "name: mymagento\ntype: [php\ndisk: 2048\n");
    Diagnostic syntax = result.diagnostics().stream()
        .filter(d -> d.ruleId().value().equals("PRO-CFG-001")).findFirst().orElseThrow();
    assertThat(syntax.location().flatMap(Location::file)).contains(".magento.app.yaml");
    assertThat(syntax.location().get().line().getAsInt()).isEqualTo(3);
    assertThat(syntax.message()).doesNotContain(".magento.app.yaml");
  }

  @Test
  void aBillionLaughsDocumentIsRefusedWithAFinding() {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char level = 'b'; level <= 'j'; level++) {
      char previous = (char) (level - 1);
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      yaml.append("]\n");
    }
    ValidationResult result = validate(".magento.app.yaml", yaml.toString());
    assertThat(ids(result)).contains("PRO-CFG-003");
    assertThat(result.config().applications()).isEmpty();
  }

  @Test
  void aFiftyMegabyteDocumentIsRefusedWithAFinding() {
    byte[] big = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    byte[] prefix = "name: ".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(prefix, 0, big, 0, prefix.length);
    ValidationResult result = VALIDATOR.validate(ProjectSource.ofFiles(Map.of(".magento.app.yaml", big)));
    assertThat(ids(result)).contains("PRO-CFG-003");
    assertThat(result.sourceLines(".magento.app.yaml")).isEmpty();
  }

  @Test
  void deepNestingIsRefusedWithAFinding() {
    String yaml = "a: " + "[".repeat(500) + "]".repeat(500) + "\n";
    assertThat(ids(validate(".magento.app.yaml", yaml))).contains("PRO-CFG-003");
  }

  @Test
  void relationshipFormsAreReadIntoTheModel() {
    ValidationResult result =
        validate(
            ".magento.app.yaml",
            "name: mymagento\ntype: php:8.3\ndisk: 2048\nrelationships:\n  database: 'mysql:mysql'\n"
                + "  mariadb:\n  search: {service: opensearch, endpoint: opensearch}\n");
    List<Relationship> relationships = result.config().applications().get(0).relationships();
    assertThat(relationships).extracting(Relationship::form)
        .containsExactly(Relationship.Form.STRING, Relationship.Form.NULL, Relationship.Form.OBJECT);
    assertThat(relationships.get(1).service()).contains("mariadb");
    assertThat(relationships.get(0).location().path()).contains("relationships.database");
    assertThat(relationships.get(0).location().line().getAsInt()).isEqualTo(5);
  }

  @Test
  void anEmptyFileIsAnEmptyDocument() {
    ValidationResult result = validate(".magento.env.yaml", "# only a comment\n");
    assertThat(ids(result)).doesNotContain("PRO-CFG-001", "PRO-CFG-007");
    assertThat(result.config().environment()).isPresent();
  }

  @Test
  void aDedentedKeySaysWhereItBelongs() {
    ValidationResult result =
        validate(
            ".magento.app.yaml",
            "name: mymagento\ntype: php:8.3\ndisk: 2048\ncrons:\n    cronrun:\n        spec: '*/5 * * * *'\n"
                + "cmd: 'php bin/magento cron:run'\n");
    assertThat(result.diagnostics()).filteredOn(d -> d.ruleId().value().equals("PRO-CFG-006"))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.message()).contains("crons.<name>");
          assertThat(d.location().get().line().getAsInt()).isEqualTo(7);
          assertThat(d.details()).containsEntry("key", "cmd");
        });
  }

  @Test
  void aMisspeltKeySuggestsTheKnownOne() {
    ValidationResult result = validate(".magento.app.yaml", "name: mymagento\ntype: php:8.3\ndisk: 2048\nrelationship: {}\n");
    assertThat(result.diagnostics()).filteredOn(d -> d.ruleId().value().equals("PRO-CFG-006"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("did you mean 'relationships'?"));
  }

  @Test
  void yesIsTextInTheEnvironmentFileAndTheMessageSaysSo() {
    ValidationResult result = validate(".magento.env.yaml", "stage:\n  build:\n    SKIP_SCD: yes\n    SCD_USE_BALER: false\n");
    assertThat(result.diagnostics()).filteredOn(d -> d.ruleId().value().equals("PRO-CFG-064"))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.message()).contains("write true or false");
          assertThat(d.details()).containsEntry("actual", "string").containsEntry("expected", "boolean");
        });
  }
}
