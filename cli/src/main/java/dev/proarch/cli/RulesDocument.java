package dev.proarch.cli;

import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders {@code docs/rules.md} from the rule catalog: a table of every rule, then one section a rule. The
 * file is generated, never edited; {@code RulesDocumentTest} fails when the committed copy is stale.
 */
final class RulesDocument {
  /** The one command that rewrites docs/rules.md from the catalog on the CLI's class path. */
  static final String REGENERATE =
      "mvn -B -q test -pl cli -am -Dtest=RulesDocumentTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dproarch.regenerateRules=true";

  private RulesDocument() {}

  /** Writes the document to the path given, or to {@code docs/rules.md} under the working directory. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
    Files.writeString(target, render(RuleCatalog.load()), StandardCharsets.UTF_8);
  }

  static String render(RuleCatalog catalog) {
    StringBuilder doc = new StringBuilder();
    doc.append("# Rules\n\n")
        .append("<!-- Generated from the rule catalog by dev.proarch.cli.RulesDocument. Do not edit by hand;\n")
        .append("     regenerate with: ").append(REGENERATE).append(" -->\n\n")
        .append("Every rule of every ProArch module, in id order: ").append(catalog.size())
        .append(" rules. `proarch rules` lists them and `proarch explain <id>` prints one.\n\n")
        .append("| Id | Severity | Summary |\n")
        .append("|---|---|---|\n");
    for (RuleDescriptor rule : catalog.rules()) {
      doc.append("| [").append(rule.id()).append("](#").append(rule.docAnchor()).append(") | ")
          .append(rule.defaultSeverity().label()).append(" | ").append(escape(rule.summary())).append(" |\n");
    }
    for (RuleDescriptor rule : catalog.rules()) {
      section(doc, rule);
    }
    return doc.toString();
  }

  private static void section(StringBuilder doc, RuleDescriptor rule) {
    doc.append("\n## ").append(rule.id()).append("\n\n");
    doc.append("<a id=\"").append(rule.docAnchor()).append("\"></a>");
    for (RuleId former : rule.formerIds()) {
      doc.append("<a id=\"").append(former.value().toLowerCase(Locale.ROOT)).append("\"></a>");
    }
    doc.append("\n\n**").append(escape(rule.summary())).append("**\n\n");
    doc.append("- Severity: ").append(rule.defaultSeverity().label()).append('\n');
    doc.append("- Rationale: ").append(escape(rule.rationale())).append('\n');
    doc.append("- Source: ").append(escape(rule.source())).append('\n');
    doc.append("- Hint: ").append(escape(rule.hint())).append('\n');
    doc.append("- Tags: ").append(rule.tags().isEmpty() ? "none" : String.join(", ", rule.tags())).append('\n');
    if (!rule.formerIds().isEmpty()) {
      doc.append("- Former ids: ")
          .append(rule.formerIds().stream().map(RuleId::value).collect(Collectors.joining(", "))).append('\n');
    }
    doc.append("- Anchors: ").append(anchors(rule)).append('\n');
  }

  private static String anchors(RuleDescriptor rule) {
    return Stream.concat(
            Stream.of(rule.docAnchor()),
            rule.formerIds().stream().map(id -> id.value().toLowerCase(Locale.ROOT)))
        .map(anchor -> "`#" + anchor + "`")
        .collect(Collectors.joining(", "));
  }

  /** Escapes what Markdown would otherwise read as markup in catalog text. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\', '*', '_', '`', '|', '[', ']' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
