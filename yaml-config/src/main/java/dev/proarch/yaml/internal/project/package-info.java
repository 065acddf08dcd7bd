/**
 * Project-wide checks: rules that need more than one file (cross-file references, service versions against
 * the Commerce version, search configuration). A check implements {@link
 * dev.proarch.yaml.internal.project.ProjectCheck}, reads the typed {@link
 * dev.proarch.yaml.model.ProjectConfig} and the Commerce version from the {@link
 * dev.proarch.yaml.internal.project.ProjectContext}, and is listed in {@link
 * dev.proarch.yaml.internal.ProjectChecks#ALL}. Its rules take ids PRO-CFG-100 and up and are contributed
 * by their own {@code RuleProvider} (one more line in yaml-config's services file). Suppression comments,
 * severity overrides and sorting apply to their findings as to the per-file ones, and fixtures under
 * {@code src/test/resources/fixtures/<RULE-ID>/} (with {@code # fixture: commerce=2.4.7}) test them.
 */
package dev.proarch.yaml.internal.project;
