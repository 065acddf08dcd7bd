package dev.proarch.git.internal;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.git.BranchMapping;
import dev.proarch.git.BranchNames;
import dev.proarch.git.GitRules;
import dev.proarch.git.ImmutableBranchMapping;
import dev.proarch.git.ImmutableWorkflowSettings;
import dev.proarch.git.WorkflowSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Config;

/**
 * Reads the {@code [proarch]} section of a repository's Git config: {@code integration}, {@code staging},
 * {@code production}, {@code master} (branch names), {@code active} (multi-valued) and
 * {@code activeCapacity}. A bad value becomes a {@link GitRules#SETTINGS_USABLE} finding and the default is
 * kept, so that a typo never silently turns the rules off.
 */
public final class SettingsReader {
  static final String SECTION = "proarch";

  private SettingsReader() {}

  /** The settings and the findings about them. */
  public record Result(WorkflowSettings settings, List<Diagnostic> diagnostics) {}

  public static Result read(Config config) {
    List<Diagnostic> findings = new ArrayList<>();
    ImmutableWorkflowSettings.Builder settings = WorkflowSettings.builder();
    settings.mapping(mapping(config, findings));
    for (String branch : config.getStringList(SECTION, null, "active")) {
      String name = branch.trim();
      if (BranchNames.isValidBranch(name)) {
        settings.addActiveBranches(name);
      } else {
        findings.add(finding("proarch.active names '" + branch + "', which is not a valid branch name.", "active"));
      }
    }
    capacity(config, findings, settings::activeBranchCapacity);
    return new Result(settings.build(), List.copyOf(findings));
  }

  private static BranchMapping mapping(Config config, List<Diagnostic> findings) {
    ImmutableBranchMapping.Builder mapping = BranchMapping.builder();
    set(config, "integration", mapping::integration);
    set(config, "staging", mapping::staging);
    set(config, "production", mapping::production);
    set(config, "master", mapping::master);
    try {
      return mapping.build();
    } catch (IllegalArgumentException e) {
      findings.add(finding("The branch mapping in the proarch.* keys is unusable (" + e.getMessage()
          + "); the default branch names are used.", "mapping"));
      return BranchMapping.defaults();
    }
  }

  private static void set(Config config, String key, Consumer<String> setter) {
    String value = config.getString(SECTION, null, key);
    if (value != null) {
      setter.accept(value.trim());
    }
  }

  private static void capacity(Config config, List<Diagnostic> findings, Consumer<Integer> setter) {
    String raw = config.getString(SECTION, null, "activeCapacity");
    if (raw == null) {
      return;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < 1) {
        throw new NumberFormatException();
      }
      setter.accept(value);
    } catch (NumberFormatException e) {
      findings.add(finding("proarch.activeCapacity is '" + raw + "', not a whole number of at least 1;"
          + " the capability table's value is used.", "activeCapacity"));
    }
  }

  private static Diagnostic finding(String message, String key) {
    return GitRules.SETTINGS_USABLE.diagnostic(message)
        .location(Location.ofPath(SECTION + "." + key))
        .build();
  }
}
