package dev.proarch.cli.internal.report;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The report as a SARIF 2.1.0 log, in the shape GitHub code scanning reads: one run, the driver's rules
 * for the rule ids present, results with a rule index, a level, a physical location relative to
 * {@code %SRCROOT%} and the logical path. Artifact URIs are the project directory as the user named it
 * plus the file, so that a run from the repository root gives repository-relative URIs (D-RPT-6).
 *
 * <p>GitHub rejects the whole log when one result lacks a file, so a finding without a file (a
 * project-level finding, a branch) is anchored at line 1 of the project's anchor file, keeps its logical
 * path, and says so in {@code properties.anchored}.
 */
public final class SarifReport {
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String SRCROOT = "%SRCROOT%";
  /** The key of our fingerprint in {@code partialFingerprints}; versioned with the recipe. */
  public static final String FINGERPRINT_KEY = "proarchFingerprint/" + Fingerprint.VERSION;

  private final RuleCatalog catalog;
  private final Tool tool;
  private final String displayRoot;
  private final String anchorFile;

  /** The tool that produced the log: its version and the page that documents it. */
  public record Tool(String version, String informationUri, String rulesDocUri) {}

  /**
   * @param displayRoot the project directory as the user named it, empty for the working directory
   * @param anchorFile the project file, relative to the project, where findings without a file are shown
   */
  public SarifReport(RuleCatalog catalog, Tool tool, String displayRoot, String anchorFile) {
    this.catalog = catalog;
    this.tool = tool;
    this.displayRoot = displayRoot;
    this.anchorFile = anchorFile;
  }

  public Map<String, Object> log(Report report) {
    TreeSet<RuleId> distinct = new TreeSet<>();
    for (Diagnostic finding : report.findings()) {
      distinct.add(finding.ruleId());
    }
    List<RuleId> ruleIds = new ArrayList<>(distinct);
    List<Map<String, Object>> results = new ArrayList<>();
    for (Diagnostic finding : report.findings()) {
      results.add(result(finding, ruleIds.indexOf(finding.ruleId())));
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver(ruleIds)));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA_URI);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return log;
  }

  /** SARIF's level for a severity: {@code info} is {@code note}. */
  static String level(Severity severity) {
    return severity == Severity.INFO ? "note" : severity.label();
  }

  private Map<String, Object> driver(List<RuleId> ruleIds) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "proarch");
    driver.put("version", tool.version());
    driver.put("informationUri", tool.informationUri());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleId id : ruleIds) {
      rules.add(rule(id));
    }
    driver.put("rules", rules);
    return driver;
  }

  private Map<String, Object> rule(RuleId id) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id.value());
    Optional<RuleDescriptor> found = catalog.find(id);
    if (found.isEmpty()) {
      // A finding of a rule no provider registered: the id is all that is known, and SARIF needs no more.
      return rule;
    }
    RuleDescriptor descriptor = found.get();
    rule.put("name", pascalCase(descriptor.summary()));
    rule.put("shortDescription", text(descriptor.summary()));
    rule.put("fullDescription", text(descriptor.rationale()));
    rule.put("helpUri", tool.rulesDocUri() + "#" + descriptor.docAnchor());
    rule.put("help", text(descriptor.hint()));
    rule.put("defaultConfiguration", Map.of("level", level(descriptor.defaultSeverity())));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("tags", List.copyOf(descriptor.tags()));
    properties.put("source", descriptor.source());
    rule.put("properties", properties);
    return rule;
  }

  private Map<String, Object> result(Diagnostic finding, int ruleIndex) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", finding.ruleId().value());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(finding.severity()));
    result.put("message", text(finding.message()));
    Location location = finding.location().orElse(Location.builder().build());
    result.put("locations", List.of(location(location)));
    result.put("partialFingerprints", Map.of(FINGERPRINT_KEY, Fingerprint.of(finding)));
    Map<String, Object> properties = new LinkedHashMap<>();
    if (location.file().isEmpty()) {
      properties.put("anchored", true);
    }
    if (!finding.details().isEmpty()) {
      properties.put("details", new LinkedHashMap<>(finding.details()));
    }
    if (!properties.isEmpty()) {
      result.put("properties", properties);
    }
    return result;
  }

  private Map<String, Object> location(Location location) {
    Map<String, Object> sarif = new LinkedHashMap<>();
    if (location.file().isPresent()) {
      sarif.put("physicalLocation", physical(location, location.file().get()));
    } else {
      sarif.put("physicalLocation", physical(Location.builder().line(1).build(), anchorFile));
    }
    if (location.path().isPresent()) {
      sarif.put("logicalLocations", List.of(Map.of("fullyQualifiedName", location.path().get())));
    }
    return sarif;
  }

  private Map<String, Object> physical(Location location, String file) {
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("uri", uri(PathDisplay.join(displayRoot, file)));
    artifact.put("uriBaseId", SRCROOT);
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    if (location.line().isPresent()) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", location.line().getAsInt());
      OptionalInt column = location.column();
      if (column.isPresent()) {
        region.put("startColumn", column.getAsInt());
      }
      OptionalInt endLine = location.endLine();
      if (endLine.isPresent()) {
        region.put("endLine", endLine.getAsInt());
      }
      // SARIF's end column is the one after the region; ours is the last character (D-RPT-1).
      OptionalInt endColumn = location.endColumn();
      if (endColumn.isPresent()) {
        region.put("endColumn", endColumn.getAsInt() + 1);
      }
      physical.put("region", region);
    }
    return physical;
  }

  /** A relative URI reference: the path with spaces and other reserved characters percent-encoded. */
  static String uri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a usable file path: " + path, e);
    }
  }

  /** A rule name in the form SARIF suggests: {@code Never branch from master} becomes {@code NeverBranchFromMaster}. */
  static String pascalCase(String summary) {
    StringBuilder name = new StringBuilder();
    for (String word : summary.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }

  private static Map<String, Object> text(String text) {
    return Map.of("text", text);
  }
}
