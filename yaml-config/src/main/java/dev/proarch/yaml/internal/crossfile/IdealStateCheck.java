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
        postDeployHook(app).ifPresent(found::add);
      }
    }
    context.config().environment().ifPresent(env -> stageVariables(env, found));
    configPhpScopes(context).ifPresent(found::add);
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

  private static Optional<Diagnostic> postDeployHook(ApplicationConfig app) {
    Optional<ConfigNode> hook = app.root().mapping("hooks").flatMap(hooks -> hooks.get("post_deploy"));
    if (runs(hook.flatMap(ConfigNode::asText), "/ece-tools")) {
      return Optional.empty();
    }
    String what = hook.isPresent() ? "a post_deploy hook that does not run ece-tools" : "no post_deploy hook";
    Location where = hook.map(ConfigNode::location).orElse(ProjectView.keyLocation(app, "hooks"));
    return Optional.of(CrossFileRules.IDEAL_STATE
        .diagnostic("Application '" + app.name().orElse(app.file()) + "' has " + what + ", so the deploy runs the"
            + " post-deploy steps (cache warm-up among them) itself, while the site is still down" + WARNING)
        .location(where)
        .putDetails("condition", "post_deploy")
        .build());
  }

  private static void stageVariables(EnvConfig env, List<Diagnostic> found) {
    flag(env.variable("global", "SCD_ON_DEMAND"), true).ifPresent(value -> found.add(finding(value,
        "SCD_ON_DEMAND is true, so static content is generated on the first requests to each page instead of"
            + " during the build", "SCD_ON_DEMAND")));
    Optional<EnvVariable> skipScd = env.variable("build", "SKIP_SCD").or(() -> env.variable("global", "SKIP_SCD"));
    flag(skipScd, true).ifPresent(value -> found.add(finding(value,
        "SKIP_SCD is true for the build (stage " + skipScd.get().stage() + "), so static content is not"
            + " deployed during the build", "SKIP_SCD")));
    flag(env.variable("global", "SKIP_HTML_MINIFICATION"), false).ifPresent(value -> found.add(finding(value,
        "SKIP_HTML_MINIFICATION is false, so every deploy minifies the HTML templates again while the site is"
            + " down", "SKIP_HTML_MINIFICATION")));
  }

  /** The variable's value when it is the boolean {@code wanted}; values of other types are PRO-CFG-064's. */
  private static Optional<ConfigNode> flag(Optional<EnvVariable> variable, boolean wanted) {
    return variable.map(EnvVariable::value)
        .filter(value -> value.asScalar().flatMap(ConfigScalar::asBoolean).equals(Optional.of(wanted)));
  }

  private static Diagnostic finding(ConfigNode value, String message, String variable) {
    return CrossFileRules.IDEAL_STATE.diagnostic(message + WARNING)
        .location(value.location())
        .putDetails("condition", variable)
        .build();
  }

  private static Optional<Diagnostic> configPhpScopes(ProjectContext context) {
    Optional<String> configPhp = ProjectView.configPhp(context);
    if (configPhp.isEmpty()) {
      return Optional.empty();
    }
    String text = configPhp.get();
    if (SCOPES.matcher(text).find() && WEBSITES_OR_STORES.matcher(text).find()) {
      return Optional.empty();
    }
    return Optional.of(CrossFileRules.IDEAL_STATE
        .diagnostic(ProjectView.CONFIG_PHP + " has no scopes (websites or stores), so static content cannot be"
            + " deployed during the build" + WARNING)
        .location(Location.ofFile(ProjectView.CONFIG_PHP))
        .putDetails("condition", "scopes")
        .build());
  }
}
