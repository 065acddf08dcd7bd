package dev.proarch.yaml.internal.rules;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;

/**
 * Every per-file rule of yaml-config, PRO-CFG-001 to PRO-CFG-099, as an explicit reviewable list. The
 * cross-file, version and search rules take PRO-CFG-1xx and live in their own package.
 */
public final class ConfigRules {
  public static final RuleDescriptor YAML_SYNTAX =
      rule(
          1,
          Severity.ERROR,
          "A configuration file must be valid YAML",
          "The platform and ece-tools reject a file they cannot parse, and the build or deploy fails before anything else is checked.",
          "config-spec.md 1",
          "Fix the YAML at the reported line and column; indent with spaces, never TABs.",
          RuleTags.CONFIG);

  public static final RuleDescriptor DUPLICATE_KEY =
      rule(
          2,
          Severity.ERROR,
          "A key must not appear twice in one mapping",
          "YAML loaders keep only one of the values (Symfony YAML, used by ece-tools, refuses the file), so one of the two settings is silently lost.",
          "config-spec.md 1",
          "Keep one of the two entries and merge their contents.",
          RuleTags.CONFIG);

  public static final RuleDescriptor DOCUMENT_REFUSED =
      rule(
          3,
          Severity.ERROR,
          "A configuration file must stay within the reader's size, alias and nesting limits",
          "Untrusted files are read with limits so that an oversized file or an alias bomb cannot exhaust memory or time; no real Cloud file comes near them.",
          "config-spec.md 1",
          "Shrink the file, or remove the aliases that multiply its content.",
          RuleTags.CONFIG);

  public static final RuleDescriptor APP_FILE_MISSING =
      rule(
          4,
          Severity.ERROR,
          "A Cloud project must have a .magento.app.yaml",
          "Without .magento.app.yaml the platform has no application to build or deploy.",
          "config-spec.md 1",
          "Add .magento.app.yaml at the project root (see the magento/magento-cloud template).",
          RuleTags.CONFIG);

  public static final RuleDescriptor PROJECT_FILE_MISSING =
      rule(
          5,
          Severity.INFO,
          "A Cloud project normally has .magento/services.yaml and .magento/routes.yaml",
          "Without services.yaml there is no database, cache or search service; without routes.yaml only the platform's default route exists. The platform accepts both, so this is a notice.",
          "config-spec.md 1",
          "Add the file from the magento/magento-cloud template if the project needs services or routes.",
          RuleTags.CONFIG);

  public static final RuleDescriptor UNKNOWN_KEY =
      rule(
          6,
          Severity.ERROR,
          "A key must be one the file format defines",
          "The platform schema rejects unknown keys (additionalProperties false), and a mistyped key is a setting that silently does nothing.",
          "config-spec.md 2.1, 3.1, 4.2",
          "Fix the spelling (the message suggests the closest known key) or move the key to where it belongs.",
          RuleTags.CONFIG);

  public static final RuleDescriptor WRONG_TYPE =
      rule(
          7,
          Severity.ERROR,
          "A value must have the type the file format defines",
          "A string where a mapping, number or boolean is expected (or the reverse) fails the platform schema or is misread.",
          "config-spec.md 2, 3, 4",
          "Write the value in the expected form; quote strings that YAML would read as numbers or booleans.",
          RuleTags.CONFIG);

  public static final RuleDescriptor REQUIRED_KEY =
      rule(
          8,
          Severity.ERROR,
          "A required key must be present",
          "The platform refuses an application, service, route or cron without its required keys.",
          "config-spec.md 2.1, 2.9, 3.1, 4.2",
          "Add the missing key.",
          RuleTags.CONFIG);

  public static final RuleDescriptor VALUE_NOT_SUPPORTED =
      rule(
          9,
          Severity.ERROR,
          "A value must be one of the values the file format allows",
          "The platform accepts only a fixed set of values for these keys; anything else fails the deploy.",
          "config-spec.md 2, 3, 4",
          "Use one of the allowed values listed in the message.",
          RuleTags.CONFIG);

  public static final RuleDescriptor APP_NAME_FORMAT =
      rule(
          10,
          Severity.ERROR,
          "An application name must use lowercase letters, digits, hyphens and underscores",
          "The name is the upstream of routes and the identity of the application's data; the platform accepts lowercase alphanumerics, and real projects (the official application-server) add hyphens and underscores.",
          "config-spec.md 2.1, 8",
          "Rename the application to lowercase letters, digits, hyphens or underscores (renaming a deployed application loses its data).",
          RuleTags.CONFIG);

  public static final RuleDescriptor RUNTIME_TYPE_FORMAT =
      rule(
          11,
          Severity.ERROR,
          "An application type must have the form runtime:version",
          "The platform picks the container image from type; php:8.3 or nodejs:20 work, anything else fails.",
          "config-spec.md 2.2",
          "Write type as <runtime>:<major>.<minor>, for example php:8.3.",
          RuleTags.CONFIG);

  public static final RuleDescriptor RELEASE_CANDIDATE_IMAGE =
      rule(
          12,
          Severity.WARNING,
          "An application or service should not use a release-candidate image",
          "Release-candidate images such as php:7.1-rc or elasticsearch:6.5-rc are previews that the platform retires without notice.",
          "config-spec.md 2.2, 3.2",
          "Use the released version of the image.",
          RuleTags.CONFIG);

  public static final RuleDescriptor DISK_SIZE =
      rule(
          13,
          Severity.ERROR,
          "An application disk must be an integer of at least 128 MB",
          "The platform refuses disks smaller than 128 MB (Adobe recommends at least 256 MB).",
          "config-spec.md 2.1",
          "Set disk to an integer number of MB, at least 128 (256 or more recommended).",
          RuleTags.CONFIG);

  public static final RuleDescriptor MOUNT_DEFINITION =
      rule(
          14,
          Severity.ERROR,
          "A mount must be a shared:files string or an object with a valid source",
          "The platform accepts the legacy \"shared:files/<subpath>\" string or an object with source local, service, tmp and friends; a service mount names its network-storage service.",
          "config-spec.md 2.5",
          "Write the mount as \"shared:files/<subpath>\" or as {source: local, source_path: <subpath>}.",
          RuleTags.CONFIG);

  public static final RuleDescriptor RELATIONSHIP_FORM =
      rule(
          15,
          Severity.ERROR,
          "A relationship must be service:endpoint, null or an object with service and endpoint",
          "The platform resolves a relationship from its string, null or object form; any other value fails the deploy.",
          "config-spec.md 2.6",
          "Write the relationship as \"<service>:<endpoint>\", leave it empty to use the service of the same name, or write {service: <id>, endpoint: <endpoint>}.",
          RuleTags.CONFIG);

  public static final RuleDescriptor CRON_SPEC =
      rule(
          16,
          Severity.ERROR,
          "A cron spec must be a valid five-field schedule",
          "The platform runs crons from a five-field cron expression; an invalid field means the job never runs or the deploy fails.",
          "config-spec.md 2.9",
          "Write spec as minute hour day-of-month month day-of-week, each within its range, for example \"*/5 * * * *\".",
          RuleTags.CONFIG);

  public static final RuleDescriptor CRON_COMMAND =
      rule(
          17,
          Severity.ERROR,
          "A cron must have a cmd or commands.start",
          "A cron without a command has nothing to run; Adobe requires cmd, Platform.sh commands.start.",
          "config-spec.md 2.9",
          "Add cmd: \"php bin/magento cron:run\" (or the command the job runs) under the cron.",
          RuleTags.CONFIG);

  public static final RuleDescriptor CRON_INTERVAL =
      rule(
          18,
          Severity.WARNING,
          "A cron should not run more often than its environment allows",
          "Integration (and master) environments run crons at most every 5 minutes; Pro Staging and Production every minute.",
          "config-spec.md 2.9",
          "Use an interval of at least 5 minutes on integration and master environments.",
          RuleTags.CONFIG, RuleTags.ENVIRONMENT);

  public static final RuleDescriptor LEGACY_HOOK_COMMAND =
      rule(
          19,
          Severity.WARNING,
          "Hooks should run ece-tools rather than the retired deploy commands",
          "m2-ece-build, m2-ece-deploy and magento-cloud:build/deploy predate ece-tools and are no longer maintained.",
          "config-spec.md 2.8",
          "Run php ./vendor/bin/ece-tools run scenario/build/generate.xml and friends, as the current template does.",
          RuleTags.CONFIG);

  public static final RuleDescriptor DURATION_FORMAT =
      rule(
          20,
          Severity.ERROR,
          "An expires value must be an integer or a number with a time unit",
          "expires takes seconds or a number with ms, s, m, h, d, w, M or y; -1 disables caching.",
          "config-spec.md 1, 2.7, 4.4",
          "Write expires as 3600, 1h, 1d or -1.",
          RuleTags.CONFIG);

  public static final RuleDescriptor WEB_LOCATION_PATH =
      rule(
          21,
          Severity.ERROR,
          "A web location and a passthru path must start with a slash",
          "web.locations keys are absolute URL path prefixes and a string passthru names a front controller by URL path.",
          "config-spec.md 2.7",
          "Start the location key or passthru value with /, for example \"/media\" or \"/index.php\".",
          RuleTags.CONFIG);

  public static final RuleDescriptor EXTENSION_BUILT_IN =
      rule(
          22,
          Severity.INFO,
          "A runtime extension that is always installed need not be listed",
          "Extensions such as json, ctype or mbstring are part of every Cloud PHP image; listing them is harmless but misleading, and json is built into PHP 8.",
          "config-spec.md 2.4, 8",
          "Remove the extension from runtime.extensions.",
          RuleTags.CONFIG);

  public static final RuleDescriptor EXTENSION_UNAVAILABLE =
      rule(
          23,
          Severity.ERROR,
          "A runtime extension must exist for the application's PHP version",
          "mcrypt was removed from PHP in 7.2 and no Cloud image offers it there; the build fails.",
          "config-spec.md 2.4",
          "Remove the extension (use sodium or openssl instead of mcrypt).",
          RuleTags.CONFIG);

  public static final RuleDescriptor SECRET_IN_VARIABLES =
      rule(
          24,
          Severity.WARNING,
          "Application variables should not hold secrets in the repository",
          "A token, password or key written in .magento.app.yaml is committed to Git and visible to everyone with access to the repository.",
          "config-spec.md 2.11",
          "Remove the value from the file and set it as a sensitive environment variable (magento-cloud variable:create --sensitive true) instead.",
          RuleTags.CONFIG);

  public static final RuleDescriptor DEPRECATED_KEY =
      rule(
          25,
          Severity.WARNING,
          "Legacy web keys should be replaced by web.locations",
          "web.document_root, passthru, index_files, whitelist, blacklist, expires and move_to_root are the pre-locations form of the web section; the platform schema keeps them for old projects only and the Adobe documentation no longer mentions them.",
          "config-spec.md 2.1",
          "Move the setting into web.locations (root, passthru, index, rules, expires).",
          RuleTags.CONFIG);

  public static final RuleDescriptor SERVICE_ID_FORMAT =
      rule(
          30,
          Severity.ERROR,
          "A service id must use lowercase letters, digits, hyphens and underscores",
          "Relationships reference services by id; Adobe documents lowercase alphanumerics and its own examples add hyphens.",
          "config-spec.md 3.1, 7, 8",
          "Rename the service (renaming a deployed service deletes it and its data).",
          RuleTags.CONFIG);

  public static final RuleDescriptor SERVICE_TYPE_FORMAT =
      rule(
          31,
          Severity.ERROR,
          "A service type must have the form name:version",
          "The platform picks the service image from type, such as mysql:10.6 or opensearch:2.",
          "config-spec.md 3.1",
          "Write type as <service>:<version>, for example mysql:10.6.",
          RuleTags.CONFIG);

  public static final RuleDescriptor SERVICE_TYPE_UNKNOWN =
      rule(
          32,
          Severity.WARNING,
          "A service type should be one the platform offers",
          "Adobe supports MySQL (MariaDB), Redis, Valkey, OpenSearch, Elasticsearch, RabbitMQ and ActiveMQ Artemis; other names are Platform.sh services or typos.",
          "config-spec.md 3.2",
          "Use one of the service names listed in the message.",
          RuleTags.CONFIG);

  public static final RuleDescriptor SERVICE_DISK_MISSING =
      rule(
          33,
          Severity.WARNING,
          "A persistent service should declare a disk",
          "Databases, search engines and queues store data on disk; without disk the platform default may be too small.",
          "config-spec.md 3.1",
          "Add disk: <MB> to the service.",
          RuleTags.CONFIG);

  public static final RuleDescriptor SERVICE_DISK_TOO_SMALL =
      rule(
          34,
          Severity.WARNING,
          "A service disk should be at least the platform minimum for its type",
          "The platform's registry gives minimum disks: 256 MB for databases and search engines, 512 MB for RabbitMQ.",
          "config-spec.md 3.1",
          "Raise disk to at least the minimum in the message.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ROUTE_KEY_FORMAT =
      rule(
          40,
          Severity.ERROR,
          "A route key must be an http or https URL template without a port",
          "Route keys are http:// or https:// URLs on {default}, {all} or a host, with an optional path; ports other than the defaults and regular expressions are not supported.",
          "config-spec.md 4.1",
          "Write the key as \"https://{default}/\", \"http://www.{default}/\" or \"https://example.com/path\".",
          RuleTags.CONFIG);

  public static final RuleDescriptor ROUTE_TYPE =
      rule(
          41,
          Severity.ERROR,
          "A route type must be upstream, redirect or proxy",
          "The router only knows these route types.",
          "config-spec.md 4.2",
          "Set type to upstream (serve an application) or redirect.",
          RuleTags.CONFIG);

  public static final RuleDescriptor UPSTREAM_FORM =
      rule(
          42,
          Severity.ERROR,
          "An upstream must have the form application:http",
          "The router sends traffic to <application name>:http.",
          "config-spec.md 4.2",
          "Write upstream as \"<app name>:http\", for example \"mymagento:http\".",
          RuleTags.CONFIG);

  public static final RuleDescriptor UPSTREAM_LEGACY_PHP =
      rule(
          43,
          Severity.WARNING,
          "An upstream should use the http endpoint rather than the legacy php endpoint",
          "Projects from 2016-2019 used <app>:php; current documentation and templates use <app>:http.",
          "config-spec.md 4.2, 8",
          "Change the upstream endpoint to http, for example \"mymagento:http\".",
          RuleTags.CONFIG);

  public static final RuleDescriptor REDIRECT_TARGET =
      rule(
          44,
          Severity.ERROR,
          "A redirect or proxy route must have a to target",
          "A whole-route redirect or proxy has nowhere to send requests without to.",
          "config-spec.md 4.2",
          "Add to: \"https://{default}/\" (a route template or absolute URL).",
          RuleTags.CONFIG);

  public static final RuleDescriptor ROUTE_KEY_FOR_TYPE =
      rule(
          45,
          Severity.ERROR,
          "A route must only use the keys of its type",
          "The schema allows cache and ssi on upstream routes only, and to on redirect and proxy routes only; other keys are ignored or refused.",
          "config-spec.md 4.2",
          "Remove the key or change the route type.",
          RuleTags.CONFIG);

  public static final RuleDescriptor PARTIAL_REDIRECT =
      rule(
          46,
          Severity.ERROR,
          "A partial redirect must have a valid to, code and prefix combination",
          "Each redirects.paths entry needs to; code is 301, 302, 307 or 308; prefix and append_suffix do not combine with regexp: true.",
          "config-spec.md 4.4",
          "Fix the redirect as the message says.",
          RuleTags.CONFIG);

  public static final RuleDescriptor PRIMARY_ROUTE =
      rule(
          47,
          Severity.ERROR,
          "Only one route may be the primary route",
          "The platform allows a single route with primary: true.",
          "config-spec.md 4.2",
          "Keep primary: true on one route only.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_UNKNOWN_SECTION =
      rule(
          60,
          Severity.WARNING,
          "The .magento.env.yaml file should only have stage, log and system sections",
          "ece-tools reads only stage, log and system and silently ignores anything else, such as a per-environment section.",
          "config-spec.md 5.1",
          "Move the settings under stage, or vary the file per branch.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_UNKNOWN_STAGE =
      rule(
          61,
          Severity.ERROR,
          "A stage must be global, build, deploy or post-deploy",
          "ece-tools validates every key of an unknown stage as a variable and fails the build with error 10.",
          "config-spec.md 5.1",
          "Rename the stage, or indent its variables under the stage they belong to.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_STAGE_NOT_MAPPING =
      rule(
          62,
          Severity.WARNING,
          "A stage should hold a mapping of variables",
          "ece-tools skips a stage that is empty or not a mapping, so its variables (often indented wrongly) have no effect.",
          "config-spec.md 5.1",
          "Indent the variables under the stage, or remove the empty stage.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_UNKNOWN_VARIABLE =
      rule(
          63,
          Severity.ERROR,
          "A stage variable must be one ece-tools knows",
          "ece-tools fails the build with \"The X variable is not allowed in configuration\" (error 10).",
          "config-spec.md 5.2, 5.3",
          "Fix the spelling (the message suggests the closest variable), or remove variables that were removed or belong in the Cloud Console.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_VARIABLE_TYPE =
      rule(
          64,
          Severity.ERROR,
          "A stage variable must have the type of its schema",
          "ece-tools compares PHP types strictly: '2' is not an integer and 1 is not a boolean.",
          "config-spec.md 5.2, 5.3",
          "Write the value in the variable's type (true/false, an unquoted integer, a quoted string, a list or mapping).",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_VARIABLE_STAGE =
      rule(
          65,
          Severity.ERROR,
          "A stage variable must be in a stage where it applies",
          "ece-tools fails the build when a variable sits in a stage its schema does not list.",
          "config-spec.md 5.2, 5.3",
          "Move the variable to one of the stages in the message.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_VARIABLE_VALUE =
      rule(
          66,
          Severity.ERROR,
          "A stage variable value must be allowed by its schema",
          "ece-tools checks ranges (SCD_COMPRESSION_LEVEL 0-9), enumerations (SCD_STRATEGY) and SPLIT_DB values.",
          "config-spec.md 5.2, 5.3",
          "Use one of the values in the message.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_DEPRECATED =
      rule(
          67,
          Severity.WARNING,
          "A stage variable or value should not be deprecated",
          "Deprecated values such as VERBOSE_COMMANDS: enabled and deprecated variables such as LUA_KEY are on their way out of ece-tools.",
          "config-spec.md 5.3",
          "Use the replacement named in the message.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_MERGE =
      rule(
          68,
          Severity.WARNING,
          "The _merge key belongs only in configuration variables that support merging",
          "_merge merges SEARCH, CACHE, SESSION, DATABASE, RESOURCE, QUEUE and ELASTICSUITE configuration into the generated one; elsewhere it is passed on as data, and it must be a boolean.",
          "config-spec.md 5.2",
          "Remove _merge, or write _merge: true in a mergeable variable.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_LOG_HANDLER =
      rule(
          69,
          Severity.WARNING,
          "A log handler must be one ece-tools knows",
          "ece-tools configures slack, email, syslog, syslog_udp and gelf handlers; other names are not set up.",
          "config-spec.md 5.4",
          "Use one of the handler names in the message.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_LOG_OPTION =
      rule(
          70,
          Severity.ERROR,
          "A log handler option must be one the handler knows, with a valid min_level",
          "Each handler takes a fixed set of options, and min_level must be a Monolog level.",
          "config-spec.md 5.4",
          "Fix the option name, or set min_level to debug, info, notice, warning, error, critical, alert or emergency.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_SYSTEM_VARIABLE =
      rule(
          71,
          Severity.WARNING,
          "A system variable must be one ece-tools reads, with a string value",
          "system.variables maps ENV_RELATIONSHIPS, ENV_ROUTES, ENV_VARIABLES, ENV_APPLICATION and ENV_ENVIRONMENT to environment variable names; other names have no effect.",
          "config-spec.md 5.3, 7",
          "Remove the entry, or use one of the names in the message.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_CONFIGURATION_INCOMPLETE =
      rule(
          72,
          Severity.ERROR,
          "A configuration variable that replaces the generated one must be complete",
          "Without _merge: true, DATABASE, SESSION, SEARCH and RESOURCE_CONFIGURATION replace what ece-tools generates, and ece-tools stops the deploy when a required part is missing (critical errors 109, 110, 111, 112).",
          "config-spec.md 5.3; platform-checks.md a (rows 18-21)",
          "Add the missing keys, or add _merge: true to merge the value into the generated configuration.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ENV_SLAVE_CONNECTION_UNAVAILABLE =
      rule(
          73,
          Severity.WARNING,
          "Read-only replica connections only work on Pro Staging and Production",
          "MYSQL_USE_SLAVE_CONNECTION, REDIS_USE_SLAVE_CONNECTION and VALKEY_USE_SLAVE_CONNECTION need the three-node cluster of Pro Staging and Production; integration and master environments run one container per service, so the setting does nothing there.",
          "config-spec.md 5.3; seed: Integration environment",
          "Set the variable to true only in the branches deployed to Staging and Production.",
          RuleTags.CONFIG,
          RuleTags.ENVIRONMENT);

  public static final RuleDescriptor ENV_LOCK_PROVIDER_FORCED =
      rule(
          74,
          Severity.WARNING,
          "Staging and Production always use the file lock provider",
          "ece-tools forces LOCK_PROVIDER to file on Pro Staging and Production (using MAGENTO_CLOUD_LOCKS_DIR), so db there is ignored.",
          "config-spec.md 5.3",
          "Remove LOCK_PROVIDER: db from the configuration deployed to Staging and Production.",
          RuleTags.CONFIG,
          RuleTags.ENVIRONMENT);

  public static final RuleDescriptor SUPPRESSION_COMMENT =
      rule(
          80,
          Severity.WARNING,
          "A proarch-disable-line comment must name known rule ids",
          "A suppression without a rule id, or with an unknown id, suppresses nothing and hides intent.",
          "docs/decisions.md D-CFG-5",
          "Write # proarch-disable-line PRO-CFG-012 (several ids separated by commas).",
          RuleTags.CONFIG);

  public static final RuleDescriptor COMMERCE_VERSION_UNKNOWN =
      rule(
          90,
          Severity.INFO,
          "The Commerce version should be known so that version rules can run",
          "The Commerce version is not in the Cloud files; without it, version-dependent checks are skipped.",
          "config-spec.md 6 X14",
          "Pass the version (an exact version or Composer constraint) as an option, or add composer.lock to the project.",
          RuleTags.CONFIG, RuleTags.VERSION);

  public static final RuleDescriptor COMPOSER_FILE_UNREADABLE =
      rule(
          91,
          Severity.WARNING,
          "composer.json and composer.lock must be readable JSON",
          "The Commerce version is read from them; a broken file hides it.",
          "config-spec.md 6 X14",
          "Fix the JSON of the file.",
          RuleTags.CONFIG, RuleTags.VERSION);

  public static final RuleDescriptor OPTION_UNUSABLE =
      rule(
          92,
          Severity.ERROR,
          "A validation option must be usable",
          "A malformed option (an override table, a version) cannot be applied; the bundled data is used instead.",
          "docs/decisions.md D-CFG-6",
          "Fix the option value as the message says.",
          RuleTags.CONFIG);

  /** All rules of this list, in id order. */
  public static final List<RuleDescriptor> ALL =
      List.of(
          YAML_SYNTAX,
          DUPLICATE_KEY,
          DOCUMENT_REFUSED,
          APP_FILE_MISSING,
          PROJECT_FILE_MISSING,
          UNKNOWN_KEY,
          WRONG_TYPE,
          REQUIRED_KEY,
          VALUE_NOT_SUPPORTED,
          APP_NAME_FORMAT,
          RUNTIME_TYPE_FORMAT,
          RELEASE_CANDIDATE_IMAGE,
          DISK_SIZE,
          MOUNT_DEFINITION,
          RELATIONSHIP_FORM,
          CRON_SPEC,
          CRON_COMMAND,
          CRON_INTERVAL,
          LEGACY_HOOK_COMMAND,
          DURATION_FORMAT,
          WEB_LOCATION_PATH,
          EXTENSION_BUILT_IN,
          EXTENSION_UNAVAILABLE,
          SECRET_IN_VARIABLES,
          DEPRECATED_KEY,
          SERVICE_ID_FORMAT,
          SERVICE_TYPE_FORMAT,
          SERVICE_TYPE_UNKNOWN,
          SERVICE_DISK_MISSING,
          SERVICE_DISK_TOO_SMALL,
          ROUTE_KEY_FORMAT,
          ROUTE_TYPE,
          UPSTREAM_FORM,
          UPSTREAM_LEGACY_PHP,
          REDIRECT_TARGET,
          ROUTE_KEY_FOR_TYPE,
          PARTIAL_REDIRECT,
          PRIMARY_ROUTE,
          ENV_UNKNOWN_SECTION,
          ENV_UNKNOWN_STAGE,
          ENV_STAGE_NOT_MAPPING,
          ENV_UNKNOWN_VARIABLE,
          ENV_VARIABLE_TYPE,
          ENV_VARIABLE_STAGE,
          ENV_VARIABLE_VALUE,
          ENV_DEPRECATED,
          ENV_MERGE,
          ENV_LOG_HANDLER,
          ENV_LOG_OPTION,
          ENV_SYSTEM_VARIABLE,
          ENV_CONFIGURATION_INCOMPLETE,
          ENV_SLAVE_CONNECTION_UNAVAILABLE,
          ENV_LOCK_PROVIDER_FORCED,
          SUPPRESSION_COMMENT,
          COMMERCE_VERSION_UNKNOWN,
          COMPOSER_FILE_UNREADABLE,
          OPTION_UNUSABLE);

  private ConfigRules() {}

  private static RuleDescriptor rule(
      int number,
      Severity severity,
      String summary,
      String rationale,
      String source,
      String hint,
      String... tags) {
    return RuleDescriptor.builder()
        .id(RuleId.numbered("PRO-CFG", number))
        .defaultSeverity(severity)
        .summary(summary)
        .rationale(rationale)
        .source(source)
        .hint(hint)
        .addTags(tags)
        .build();
  }
}
