package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.model.ApplicationConfig;
import dev.proarch.yaml.model.ConfigMapping;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.ConfigScalar;
import dev.proarch.yaml.model.EnvConfig;
import dev.proarch.yaml.model.EnvVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PRO-CFG-122: ece-tools' IdealState (warning 1006), one finding per condition it misses, each where it can
 * be fixed: a post_deploy hook without ece-tools in a Commerce application whose build or deploy runs it, SCD_ON_DEMAND on, SKIP_SCD on for
 * the build (a build value, else the global one), SKIP_HTML_MINIFICATION off, and an app/etc/config.php
 * without scopes. A config.php the project does not hold is not judged (D-XF-14).
 */
public final class IdealStateCheck implements ProjectCheck {
  private static final Pattern SCOPES = Pattern.compile("['\"]scopes['\"]\\s*=>");
  private static final Pattern WEBSITES_OR_STORES = Pattern.compile("['\"](websites|stores)['\"]\\s*=>");
  private static final String WARNING = "; ece-tools reports that the configured state is not ideal (warning 1006).";

  @Override
  public List<Diagnostic> check(ProjectContext context) {
    List<ApplicationConfig> apps = new ProjectView(context.config()).commerceApplications();
    if (apps.isEmpty() && !context.config().applications().isEmpty()) {
      // Applications, none of them PHP: not a Commerce project, so ece-tools never runs.
      return List.of();
    }
    List<Diagnostic> found = new ArrayList<>();
    for (ApplicationConfig app : apps) {
      if (runsEceTools(app)) {
        postDeployHook(app, found);
      }
    }
    if (context.config().environment().isPresent()) {
      stageVariables(context.config().environment().get(), found);
    }
    configPhpScopes(context, found);
    return found;
  }

  /**
   * True when the build or deploy hook runs ece-tools: only then does IdealState run. A project still on
   * magento-cloud-configuration hears of its hooks from PRO-CFG-019 instead.
   */
  private static boolean runsEceTools(ApplicationConfig app) {
    Optional<ConfigMapping> hooks = app.root().mapping("hooks");
    return hooks.isPresent()
        && (runs(hooks.get().text("build"), "ece-tools") || runs(hooks.get().text("deploy"), "ece-tools"));
  }

  private static boolean runs(Optional<String> hook, String command) {
    return hook.isPresent() && hook.get().contains(command);
  }

  private static void postDeployHook(ApplicationConfig app, List<Diagnostic> found) {
    Optional<ConfigMapping> hooks = app.root().mapping("hooks");
    Optional<ConfigNode> hook = hooks.isPresent() ? hooks.get().get("post_deploy") : Optional.empty();
    if (hook.isPresent() && runs(hook.get().asText(), "/ece-tools")) {
      return;
    }
    String what = hook.isPresent() ? "a post_deploy hook that does not run ece-tools" : "no post_deploy hook";
    Location where = hook.isPresent() ? hook.get().location() : ProjectView.keyLocation(app, "hooks");
    found.add(CrossFileRules.IDEAL_STATE
        .diagnostic("Application '" + app.name().orElse(app.file()) + "' has " + what + ", so the deploy runs the"
            + " post-deploy steps (cache warm-up among them) itself, while the site is still down" + WARNING)
        .location(where)
        .putDetails("condition", "post_deploy")
        .build());
  }

  private static void stageVariables(EnvConfig env, List<Diagnostic> found) {
    Optional<ConfigNode> scdOnDemand = flag(env.variable("global", "SCD_ON_DEMAND"), true);
    if (scdOnDemand.isPresent()) {
      found.add(finding(scdOnDemand.get(),
          "SCD_ON_DEMAND is true, so static content is generated on the first requests to each page instead of"
              + " during the build", "SCD_ON_DEMAND"));
    }
    Optional<EnvVariable> skipScd = env.variable("build", "SKIP_SCD");
    if (skipScd.isEmpty()) {
      skipScd = env.variable("global", "SKIP_SCD");
    }
    Optional<ConfigNode> skipScdOn = flag(skipScd, true);
    if (skipScdOn.isPresent()) {
      found.add(finding(skipScdOn.get(),
          "SKIP_SCD is true for the build (stage " + skipScd.get().stage() + "), so static content is not"
              + " deployed during the build", "SKIP_SCD"));
    }
    Optional<ConfigNode> minification = flag(env.variable("global", "SKIP_HTML_MINIFICATION"), false);
    if (minification.isPresent()) {
      found.add(finding(minification.get(),
          "SKIP_HTML_MINIFICATION is false, so every deploy minifies the HTML templates again while the site is"
              + " down", "SKIP_HTML_MINIFICATION"));
    }
  }

  /** The variable's value when it is the boolean {@code wanted}; values of other types are PRO-CFG-064's. */
  private static Optional<ConfigNode> flag(Optional<EnvVariable> variable, boolean wanted) {
    if (variable.isEmpty()) {
      return Optional.empty();
    }
    ConfigNode value = variable.get().value();
    return value instanceof ConfigScalar scalar && scalar.asBoolean().equals(Optional.of(wanted))
        ? Optional.of(value)
        : Optional.empty();
  }

  private static Diagnostic finding(ConfigNode value, String message, String variable) {
    return CrossFileRules.IDEAL_STATE.diagnostic(message + WARNING)
        .location(value.location())
        .putDetails("condition", variable)
        .build();
  }

  private static void configPhpScopes(ProjectContext context, List<Diagnostic> found) {
    Optional<String> configPhp = ProjectView.configPhp(context);
    if (configPhp.isEmpty()) {
      return;
    }
    String text = configPhp.get();
    if (SCOPES.matcher(text).find() && WEBSITES_OR_STORES.matcher(text).find()) {
      return;
    }
    found.add(CrossFileRules.IDEAL_STATE
        .diagnostic(ProjectView.CONFIG_PHP + " has no scopes (websites or stores), so static content cannot be"
            + " deployed during the build" + WARNING)
        .location(Location.ofFile(ProjectView.CONFIG_PHP))
        .putDetails("condition", "scopes")
        .build());
  }
}
