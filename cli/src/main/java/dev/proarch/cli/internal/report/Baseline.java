package dev.proarch.cli.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proarch.core.InvalidValueException;
import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Findings a team has accepted for now ({@code --write-baseline}), so that a run reports only new ones
 * ({@code --baseline}). Entries are matched by {@link Fingerprint}, and as a multiset: two equal findings
 * in the baseline hide two, a third is new (D-RPT-3).
 */
public final class Baseline {
  /** The baseline file format; a reader rejects any other. */
  public static final int SCHEMA_VERSION = 1;

  /** Jackson loads hundreds of classes: only a command that reads a baseline should pay for them. */
  private static final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** Rule id, file, path, message: written out rather than chained, whose lambdas are linked on first use. */
  private static final class EntryOrder implements Comparator<Map<String, Object>> {
    static final EntryOrder INSTANCE = new EntryOrder();

    @Override
    public int compare(Map<String, Object> left, Map<String, Object> right) {
      int result = text(left, "ruleId").compareTo(text(right, "ruleId"));
      if (result == 0) {
        result = text(left, "file").compareTo(text(right, "file"));
      }
      if (result == 0) {
        result = text(left, "path").compareTo(text(right, "path"));
      }
      if (result == 0) {
        result = text(left, "message").compareTo(text(right, "message"));
      }
      return result;
    }
  }

  private final Map<String, Integer> countByFingerprint;

  private Baseline(Map<String, Integer> countByFingerprint) {
    this.countByFingerprint = Map.copyOf(countByFingerprint);
  }

  public static Baseline empty() {
    return new Baseline(Map.of());
  }

  /**
   * Reads a baseline file's text. Fingerprints are recomputed from the stored parts, with a former rule id
   * mapped to its current rule, so that a renamed rule keeps its accepted findings.
   */
  public static Baseline parse(String json, RuleCatalog catalog) throws InvalidValueException {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidValueException("baseline", firstLine(json), "a JSON file written by --write-baseline");
    }
    if (root == null
        || !root.path("schemaVersion").isInt()
        || root.path("schemaVersion").asInt() != SCHEMA_VERSION
        || !root.path("findings").isArray()) {
      throw new InvalidValueException(
          "baseline", firstLine(json), "an object with schemaVersion " + SCHEMA_VERSION + " and findings");
    }
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode entry : root.path("findings")) {
      String fingerprint = fingerprint(entry, catalog);
      Integer count = counts.get(fingerprint);
      counts.put(fingerprint, count == null ? 1 : count + 1);
    }
    return new Baseline(counts);
  }

  /** The baseline of these findings, as the plain map the command writes as JSON. */
  public static Map<String, Object> toJson(List<Diagnostic> findings) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Diagnostic finding : findings) {
      entries.add(entry(finding));
    }
    entries.sort(EntryOrder.INSTANCE);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("fingerprintVersion", Fingerprint.VERSION);
    root.put("findings", entries);
    return root;
  }

  /** The findings that are not in this baseline, in report order, and how many it hid. */
  public Report filter(List<Diagnostic> findings) {
    if (countByFingerprint.isEmpty()) {
      // Nothing to hide: no fingerprint (a SHA-256 per finding, and the JDK's security providers loaded for
      // it) is computed on the run that has no baseline.
      return Report.of(findings);
    }
    Map<String, Integer> remaining = new HashMap<>(countByFingerprint);
    List<Diagnostic> fresh = new ArrayList<>();
    int hidden = 0;
    for (Diagnostic finding : Report.of(findings).findings()) {
      String fingerprint = Fingerprint.of(finding);
      int left = remaining.getOrDefault(fingerprint, 0);
      if (left > 0) {
        remaining.put(fingerprint, left - 1);
        hidden++;
      } else {
        fresh.add(finding);
      }
    }
    return Report.builder().addAllFindings(fresh).baselined(hidden).build();
  }

  private static Map<String, Object> entry(Diagnostic finding) {
    Location location = finding.location().orElse(Location.builder().build());
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("ruleId", finding.ruleId().value());
    entry.put("file", location.file().orElse(null));
    entry.put("path", location.path().orElse(null));
    entry.put("message", finding.message());
    entry.put("fingerprint", Fingerprint.of(finding));
    return entry;
  }

  private static String fingerprint(JsonNode entry, RuleCatalog catalog) throws InvalidValueException {
    String ruleText = entry.path("ruleId").asText("");
    if (!RuleId.isWellFormed(ruleText) || !entry.path("message").isTextual()) {
      throw new InvalidValueException(
          "baseline entry", entry.toString(), "an object with ruleId, file, path and message");
    }
    Optional<RuleDescriptor> rule = catalog.find(RuleId.of(ruleText));
    String ruleId = rule.isPresent() ? rule.get().id().value() : ruleText;
    return Fingerprint.of(
        ruleId, optionalText(entry, "file"), optionalText(entry, "path"), entry.path("message").asText());
  }

  private static String optionalText(JsonNode entry, String field) {
    JsonNode value = entry.path(field);
    return value.isTextual() ? value.asText() : "";
  }

  private static String text(Map<String, Object> entry, String key) {
    Object value = entry.get(key);
    return value == null ? "" : value.toString();
  }

  private static String firstLine(String text) {
    String stripped = text.strip();
    int end = 0;
    while (end < stripped.length() && stripped.charAt(end) != '\n' && stripped.charAt(end) != '\r') {
      end++;
    }
    String line = stripped.substring(0, end);
    return line.length() > 60 ? line.substring(0, 60) + "..." : line;
  }
}
