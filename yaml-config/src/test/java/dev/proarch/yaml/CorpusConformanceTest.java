package dev.proarch.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates every project of the shared corpus with the Commerce version of its INDEX.tsv (empty means
 * unknown); none may throw. It holds the findings to three references:
 *
 * <ul>
 *   <li>every EXPECTED.tsv row of confidence {@code certain} is reported by the rule {@link #RULE_FOR_CODE}
 *       maps its code to, at its file and line;
 *   <li>every other row is decided in docs/corpus-conformance.md ("PRO-CFG-nnn" or "not reported"), and
 *       the findings agree with the decision;
 *   <li>all findings equal the golden files {@code src/test/resources/corpus-golden/<project>.txt}, one
 *       line a finding: {@code file:line:col severity RULE message}. After a deliberate change, regenerate
 *       them with {@code mvn -B -q verify -pl yaml-config -am -Dproarch.regenerateGolden=true} and review
 *       the diff; every error that EXPECTED.tsv does not list must then be listed in the conformance
 *       document as a real defect.
 * </ul>
 */
class CorpusConformanceTest {
  private static final ConfigValidator VALIDATOR = ConfigValidator.create();
  private static final Path GOLDEN = Path.of("src", "test", "resources", "corpus-golden");
  private static final Pattern DECISION_ROW =
      Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|\\s*([^|:]+):(\\d+)\\s*\\|\\s*([A-Z_]+)\\s*\\|\\s*([a-z-]+)\\s*\\|\\s*(PRO-[A-Z]+-\\d{3}|not reported)\\s*\\|");
  private static final Pattern EXTRA_ERROR_ROW =
      Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|\\s*([^|:]+):(\\d+)\\s*\\|\\s*(PRO-CFG-\\d{3})\\s*\\|\\s*real defect\\s*\\|");

  /** EXPECTED.tsv codes and the rule that reports each; codes without a rule are absent on purpose. */
  static final Map<String, String> RULE_FOR_CODE =
      Map.ofEntries(
          Map.entry("YAML_PARSE", "PRO-CFG-001"),
          Map.entry("TAB", "PRO-CFG-001"),
          Map.entry("APP_UNKNOWN_KEY", "PRO-CFG-006"),
          Map.entry("APP_NAME_PATTERN", "PRO-CFG-010"),
          Map.entry("APP_TYPE_RC", "PRO-CFG-012"),
          Map.entry("SVC_RC", "PRO-CFG-012"),
          Map.entry("DISK_ODD", "PRO-CFG-013"),
          Map.entry("CRON_SPEC", "PRO-CFG-016"),
          Map.entry("CRON_NO_CMD", "PRO-CFG-017"),
          Map.entry("HOOK_LEGACY_CMD", "PRO-CFG-019"),
          Map.entry("EXT_DEFAULT_ON", "PRO-CFG-022"),
          Map.entry("EXT_NOT_AVAILABLE", "PRO-CFG-023"),
          Map.entry("EXT_XDEBUG", "PRO-CFG-023"),
          Map.entry("SECRET_IN_VARIABLES", "PRO-CFG-024"),
          Map.entry("SVC_DISK_ODD", "PRO-CFG-034"),
          Map.entry("ROUTE_UPSTREAM_PHP", "PRO-CFG-043"),
          Map.entry("ENV_UNKNOWN_STAGE", "PRO-CFG-061"),
          Map.entry("ENV_STAGE_NULL", "PRO-CFG-062"),
          Map.entry("CACHE_FRONTEND_AT_TOP", "PRO-CFG-072"),
          Map.entry("ENV_SYSTEM_VAR", "PRO-CFG-071"),
          Map.entry("REL_UNDEFINED_SERVICE", "PRO-CFG-100"),
          Map.entry("REL_ENDPOINT", "PRO-CFG-101"),
          Map.entry("SVC_UNUSED", "PRO-CFG-103"),
          Map.entry("MOUNT_NO_PUB_STATIC", "PRO-CFG-105"),
          Map.entry("VAR_BRAINTREE_CHANNEL", "PRO-CFG-108"),
          Map.entry("PHP_VS_MAGENTO", "PRO-CFG-110"),
          Map.entry("SVC_VS_MAGENTO", "PRO-CFG-111"),
          Map.entry("APP_TYPE_NOT_PHP", "PRO-CFG-121"),
          Map.entry("NO_EOL", "PRO-CFG-130"),
          Map.entry("CRLF", "PRO-CFG-131"));

  private static Path corpus;
  private static final Map<String, List<Diagnostic>> FINDINGS = new TreeMap<>();
  private static final List<ExpectedRow> EXPECTED = new ArrayList<>();

  record ExpectedRow(String project, String file, int line, String severity, String code, String confidence) {
    String key() {
      return project + " " + file + ":" + line + " " + code;
    }
  }

  @BeforeAll
  static void validateTheCorpus() throws Exception {
    Optional<Path> found = corpus();
    assumeTrue(found.isPresent() && Files.exists(found.get().resolve("INDEX.tsv")), "the shared corpus is not present");
    corpus = found.get();
    Map<String, String> versions = versions(corpus.resolve("INDEX.tsv"));
    for (Path project : projects(corpus)) {
      String name = project.getFileName().toString();
      var options = ValidationOptions.builder();
      Optional.ofNullable(versions.get(name)).filter(version -> !version.isBlank()).ifPresent(options::commerceVersion);
      ValidationResult result = VALIDATOR.validate(ProjectSource.ofDirectory(project), options.build());
      FINDINGS.put(name, result.diagnostics());
    }
    List<String> rows = Files.readAllLines(corpus.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      EXPECTED.add(new ExpectedRow(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3], cells[4], cells[5]));
    }
  }

  /** The corpus, from the system property proarch.corpus or the nearest ancestor holding shared/corpus. */
  private static Optional<Path> corpus() {
    String property = System.getProperty("proarch.corpus");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Optional.of(Path.of(property));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static List<Path> projects(Path corpus) throws IOException {
    try (Stream<Path> children = Files.list(corpus)) {
      return children.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static Map<String, String> versions(Path index) throws IOException {
    Map<String, String> versions = new LinkedHashMap<>();
    List<String> rows = Files.readAllLines(index, StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      versions.put(cells[0], cells.length > 1 ? cells[1].trim() : "");
    }
    return versions;
  }

  @Test
  void everyIndexedProjectIsValidated() throws IOException {
    assertThat(FINDINGS.keySet()).containsAll(versions(corpus.resolve("INDEX.tsv")).keySet());
  }

  @Test
  void everyCertainRowIsReportedByItsRuleAtItsLine() {
    List<String> missed = new ArrayList<>();
    List<ExpectedRow> certain = EXPECTED.stream().filter(row -> row.confidence().equals("certain")).toList();
    for (ExpectedRow row : certain) {
      String rule = RULE_FOR_CODE.get(row.code());
      if (rule == null || !reported(row, rule)) {
        missed.add(row.key() + " -> " + rule);
      }
    }
    assertThat(certain).hasSizeGreaterThan(70);
    assertThat(missed).isEmpty();
  }

  @Test
  void everyOtherRowIsDecidedInTheConformanceDocumentAndTheFindingsAgree() throws IOException {
    Map<String, String> decisions = new LinkedHashMap<>();
    for (String line : conformanceDocument()) {
      Matcher row = DECISION_ROW.matcher(line);
      if (row.find()) {
        decisions.put(row.group(1) + " " + row.group(2).trim() + ":" + row.group(3) + " " + row.group(4), row.group(6));
      }
    }
    List<String> problems = new ArrayList<>();
    for (ExpectedRow row : EXPECTED.stream().filter(row -> !row.confidence().equals("certain")).toList()) {
      String decision = decisions.get(row.key());
      if (decision == null) {
        problems.add(row.key() + ": no decision in docs/corpus-conformance.md");
      } else if (decision.equals("not reported")) {
        Optional.ofNullable(RULE_FOR_CODE.get(row.code())).filter(rule -> reported(row, rule))
            .ifPresent(rule -> problems.add(row.key() + ": documented as not reported, but " + rule + " reports it"));
      } else if (!reported(row, decision)) {
        problems.add(row.key() + ": documented as " + decision + ", which does not report it");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyErrorBeyondExpectedIsListedAsARealDefect() throws IOException {
    Set<String> listed = conformanceDocument().stream()
        .map(EXTRA_ERROR_ROW::matcher).filter(Matcher::find)
        .map(row -> row.group(1) + " " + row.group(2).trim() + ":" + row.group(3) + " " + row.group(4))
        .collect(Collectors.toSet());
    List<String> unexplained = new ArrayList<>();
    FINDINGS.forEach((project, diagnostics) -> diagnostics.stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .filter(d -> EXPECTED.stream().noneMatch(row -> row.project().equals(project)
            && row.severity().equals("error") && at(d, row.file(), row.line())))
        .map(d -> project + " " + d.location().flatMap(Location::file).orElse("-") + ":"
            + d.location().map(l -> l.line().orElse(0)).orElse(0) + " " + d.ruleId().value())
        .filter(key -> !listed.contains(key))
        .forEach(unexplained::add));
    assertThat(unexplained).as("errors EXPECTED.tsv does not list and docs/corpus-conformance.md does not explain")
        .isEmpty();
  }

  @Test
  void findingsEqualTheGoldenFiles() throws IOException {
    boolean regenerate = Boolean.getBoolean("proarch.regenerateGolden");
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, List<Diagnostic>> project : FINDINGS.entrySet()) {
      String actual = render(project.getValue());
      Path golden = GOLDEN.resolve(project.getKey() + ".txt");
      if (regenerate) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      } else if (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
        differing.add(project.getKey());
      }
    }
    assertThat(differing)
        .as("golden files differ; review, then regenerate with -Dproarch.regenerateGolden=true")
        .isEmpty();
  }

  /** One line a finding: {@code file:line:col severity RULE message}, in the report order. */
  static String render(List<Diagnostic> diagnostics) {
    StringBuilder text = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      Optional<Location> location = d.location();
      text.append(location.flatMap(Location::file).orElse("-")).append(':')
          .append(location.map(l -> l.line().orElse(0)).orElse(0)).append(':')
          .append(location.map(l -> l.column().orElse(0)).orElse(0)).append(' ')
          .append(d.severity().label()).append(' ')
          .append(d.ruleId().value()).append(' ')
          .append(d.message().replace('\n', ' ')).append('\n');
    }
    return text.toString();
  }

  private static boolean reported(ExpectedRow row, String rule) {
    return FINDINGS.getOrDefault(row.project(), List.of()).stream()
        .anyMatch(d -> d.ruleId().value().equals(rule) && at(d, row.file(), row.line()));
  }

  private static boolean at(Diagnostic d, String file, int line) {
    return d.location().flatMap(Location::file).equals(Optional.of(file))
        && d.location().get().line().orElse(0) == line;
  }

  private static List<String> conformanceDocument() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs").resolve("corpus-conformance.md");
      if (Files.exists(candidate)) {
        return Files.readAllLines(candidate, StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("docs/corpus-conformance.md not found above " + Path.of("").toAbsolutePath());
  }
}
