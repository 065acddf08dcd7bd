package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.rule.RuleCatalog;
import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the catalog. This test fails when the committed file differs from what the
 * catalog renders; with {@code -Dproarch.regenerateRules=true} it rewrites the file instead
 * ({@link RulesDocument#REGENERATE}).
 */
class RulesDocumentTest {

  private static Path rulesMd() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("docs/cli.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository root, the directory holding docs/cli.md").isNotNull();
    return dir.resolve("docs/rules.md");
  }

  @Test
  void theCommittedRulesDocumentIsUpToDate() throws IOException {
    String rendered = RulesDocument.render(RuleCatalog.load());
    Path file = rulesMd();
    if (Boolean.getBoolean("proarch.regenerateRules")) {
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
    }
    String committed = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertThat(committed)
        .as("docs/rules.md is stale: the rule catalog changed. Regenerate it from the repository root with%n  %s%n"
            + "and commit the result.", RulesDocument.REGENERATE)
        .isEqualTo(rendered);
  }

  @Test
  void everyRuleHasASectionWithEveryFieldAndItsAnchors() {
    RuleDescriptor renamed = RuleDescriptor.builder()
        .id(RuleId.of("PRO-TST-002"))
        .addFormerIds(RuleId.of("PRO-TST-001"))
        .defaultSeverity(Severity.WARNING)
        .summary("Keep *names* <short> & plain")
        .rationale("Because | pipes break tables.")
        .source("platform-rules.md 1.9")
        .hint("Shorten it.")
        .addTags("branching")
        .build();
    String doc = RulesDocument.render(RuleCatalog.of(List.of(renamed)));
    assertThat(doc)
        .contains("| [PRO-TST-002](#pro-tst-002) | warning | Keep \\*names\\* &lt;short&gt; &amp; plain |")
        .contains("## PRO-TST-002")
        .contains("<a id=\"pro-tst-002\"></a><a id=\"pro-tst-001\"></a>")
        .contains("- Severity: warning")
        .contains("- Rationale: Because \\| pipes break tables.")
        .contains("- Source: platform-rules.md 1.9")
        .contains("- Hint: Shorten it.")
        .contains("- Tags: branching")
        .contains("- Former ids: PRO-TST-001")
        .contains("- Anchors: `#pro-tst-002`, `#pro-tst-001`");
  }

  @Test
  void theDocumentCoversEveryRuleOfTheCatalog() {
    RuleCatalog catalog = RuleCatalog.load();
    String doc = RulesDocument.render(catalog);
    assertThat(catalog.rules()).allSatisfy(rule -> assertThat(doc).contains("\n## " + rule.id() + "\n"));
  }
}
