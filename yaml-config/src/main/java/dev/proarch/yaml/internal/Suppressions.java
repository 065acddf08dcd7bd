package dev.proarch.yaml.internal;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleId;
import dev.proarch.yaml.internal.read.Lines;
import dev.proarch.yaml.internal.rules.ConfigRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code # proarch-disable-line PRO-CFG-012, PRO-CFG-013} comments. A comment after content suppresses
 * the named rules on its own line; a comment alone on its line suppresses them on the next line. A comment
 * without ids, or with an id no rule has, suppresses nothing and is itself reported (decision D-CFG-5).
 */
public final class Suppressions {
  private static final String MARKER = "proarch-disable-line";
  private static final Pattern COMMENT = Pattern.compile("#\\s*proarch-disable-line\\b([^#]*)");

  private final Set<String> suppressed = new HashSet<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private Suppressions() {}

  /**
   * Scans the text of every file; {@code known} gives the rule ids that may be named. It is asked only when
   * a line carries a suppression, so that a validation without one never loads the whole rule catalog.
   */
  public static Suppressions scan(Map<String, String> texts, Supplier<Set<RuleId>> known) {
    Suppressions result = new Suppressions();
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      String file = entry.getKey();
      String text = entry.getValue();
      // Nearly no file carries the marker: one search of the text spares cutting it into lines.
      if (!text.contains(MARKER)) {
        continue;
      }
      List<String> lines = Lines.split(text);
      for (int i = 0; i < lines.size(); i++) {
        result.scanLine(file, i + 1, lines.get(i), known);
      }
    }
    return result;
  }

  private void scanLine(String file, int line, String text, Supplier<Set<RuleId>> known) {
    // A plain search spares the regex on the lines without the marker.
    if (!text.contains(MARKER)) {
      return;
    }
    Matcher matcher = COMMENT.matcher(text);
    if (!matcher.find()) {
      return;
    }
    boolean alone = text.substring(0, matcher.start()).isBlank();
    int target = alone ? line + 1 : line;
    Location where = Location.at(file, line, matcher.start() + 1);
    String[] words = matcher.group(1).trim().split("[,\\s]+");
    boolean any = false;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      String id = word.toUpperCase(Locale.ROOT);
      if (RuleId.isWellFormed(id) && known.get().contains(RuleId.of(id))) {
        suppressed.add(key(file, target, id));
        any = true;
      } else {
        problems.add(
            ConfigRules.SUPPRESSION_COMMENT.diagnostic(
                    "The suppression names '" + word + "', which is not a known rule id; it suppresses nothing.")
                .location(where)
                .build());
        any = true;
      }
    }
    if (!any) {
      problems.add(
          ConfigRules.SUPPRESSION_COMMENT.diagnostic(
                  "The suppression names no rule id; name the rules to suppress, such as PRO-CFG-012.")
              .location(where)
              .build());
    }
  }

  /** The findings not suppressed, plus the problems with the suppression comments themselves. */
  public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      if (!isSuppressed(diagnostic)) {
        kept.add(diagnostic);
      }
    }
    kept.addAll(problems);
    return kept;
  }

  private boolean isSuppressed(Diagnostic diagnostic) {
    if (suppressed.isEmpty()) {
      return false;
    }
    if (diagnostic.location().isEmpty()) {
      return false;
    }
    Location location = diagnostic.location().get();
    if (location.file().isEmpty() || location.line().isEmpty()) {
      return false;
    }
    return suppressed.contains(key(location.file().get(), location.line().getAsInt(), diagnostic.ruleId().value()));
  }

  private static String key(String file, int line, String id) {
    return file + "\u0000" + line + "\u0000" + id;
  }
}
