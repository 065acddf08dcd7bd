package dev.proarch.yaml.internal.crossfile;

import dev.proarch.core.rule.RuleDescriptor;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.RuleTags;
import dev.proarch.core.rule.Severity;
import java.util.List;

/**
 * The project-wide rules of yaml-config, PRO-CFG-100 to PRO-CFG-199: relationships, routes and mounts
 * across files, service and PHP versions against the Commerce release, the search engine, the target
 * environment and how the files are written. Numbers: 100-109 across files, 110-119 versions and search,
 * 120-129 environment and project, 130-139 file hygiene.
 */
public final class CrossFileRules {
  private static final String CROSS = "config-spec.md 2.6, 6";

  public static final RuleDescriptor RELATIONSHIP_TARGET_UNDEFINED =
      rule(100, Severity.ERROR,
          "A relationship must name a service of services.yaml or another application",
          "The platform resolves a relationship to a service defined in .magento/services.yaml, or to another"
              + " application of the project through its http endpoint; any other name fails the deploy.",
          CROSS + " X1",
          "Define the service in .magento/services.yaml, or fix the service id on the right of the colon.",
          RuleTags.CONFIG);

  public static final RuleDescriptor RELATIONSHIP_ENDPOINT_UNKNOWN =
      rule(101, Severity.ERROR,
          "A relationship endpoint must be one the service offers",
          "Each service type offers fixed endpoints (mysql for MariaDB, redis, opensearch, http for an"
              + " application); a custom MySQL endpoint exists only when configuration.endpoints declares it."
              + " The platform refuses any other endpoint.",
          CROSS + " X2, 3.3",
          "Use the service's default endpoint, or declare the endpoint under configuration.endpoints of the"
              + " MySQL service.",
          RuleTags.CONFIG);

  public static final RuleDescriptor UPSTREAM_APPLICATION_UNDEFINED =
      rule(102, Severity.ERROR,
          "A route upstream must name an application of the project",
          "An upstream route sends traffic to the application whose name is written before the colon; a name"
              + " no .magento.app.yaml declares leaves the route without a target and fails the deploy.",
          "config-spec.md 4.2, 6 X3",
          "Write the name of .magento.app.yaml (name: mymagento gives upstream: \"mymagento:http\").",
          RuleTags.CONFIG);

  public static final RuleDescriptor SERVICE_UNUSED =
      rule(103, Severity.WARNING,
          "A service should be used by a relationship or a route",
          "A service no relationship or route reaches still runs and takes its disk from the project's"
              + " storage, and nothing in Commerce can use it.",
          "config-spec.md 6 X4",
          "Add a relationship to the service in .magento.app.yaml, or remove the service (removing deletes"
              + " its data).",
          RuleTags.CONFIG);

  public static final RuleDescriptor SHARED_MOUNT_MISSING =
      rule(104, Severity.WARNING,
          "The Commerce application should mount var, app/etc and pub/media",
          "Apart from mounts the deployed file system is read-only; the Pro cluster keeps var, pub/media,"
              + " pub/static and app/etc on GlusterFS shared by its nodes. Without a var, app/etc or pub/media"
              + " mount Commerce cannot write logs, env.php or uploaded media.",
          "seed: Production technology stack (GlusterFS); config-spec.md 2.5",
          "Add the mount as in the template: \"var\": \"shared:files/var\" (and app/etc, pub/media).",
          RuleTags.CONFIG, RuleTags.TOPOLOGY);

  public static final RuleDescriptor STATIC_MOUNT_MISSING =
      rule(105, Severity.INFO,
          "The Commerce application normally mounts pub/static",
          "The template and the Pro cluster's GlusterFS keep pub/static as a shared mount; without it static"
              + " content must be generated at build, which works but differs from the documented layout.",
          "seed: Production technology stack (GlusterFS); config-spec.md 2.5",
          "Add \"pub/static\": \"shared:files/pub/static\", or keep static content generation on build.",
          RuleTags.CONFIG, RuleTags.TOPOLOGY);

  public static final RuleDescriptor DISK_BUDGET =
      rule(106, Severity.INFO,
          "The disks of the application and services should fit the plan storage",
          "The application and persistent services share the project's storage; Adobe's default is 5 GB, so"
              + " a larger sum needs a plan with more storage, or the deploy fails for lack of space.",
          "config-spec.md 2.1, 3.1, 6 X11",
          "Check the project's storage (magento-cloud subscription:info) covers the sum, or reduce the disks.",
          RuleTags.CONFIG);

  public static final RuleDescriptor ECE_RELATIONSHIP_NAME =
      rule(107, Severity.WARNING,
          "A database, cache, search or queue service should be reached under a relationship name ece-tools reads",
          "ece-tools configures Commerce from relationships with fixed names (database, redis, valkey,"
              + " elasticsearch, opensearch, rabbitmq, mq, amqp, activemq); a service reached only under"
              + " another name, such as elasticsearch7, is invisible to it.",
          "config-spec.md 2.6, 6 X5; platform-checks.md d",
          "Rename the relationship to the name ece-tools reads, for example elasticsearch: \"es7:elasticsearch\".",
          RuleTags.CONFIG);

  public static final RuleDescriptor BRAINTREE_CHANNEL =
      rule(108, Severity.ERROR,
          "The Braintree CHANNEL variable must not be set on Commerce 2.4.0 or later",
          "ece-tools stops the build with error 26 when variables.env sets"
              + " CONFIG__STORES__DEFAULT__PAYMENT__BRAINTREE__CHANNEL on 2.4.0 or later; releases before 2.4.0"
              + " required it, so it must go with the upgrade.",
          "config-spec.md 2.11, 6 X8; platform-checks.md a (Build\\MagentoAppYaml)",
          "Remove env:CONFIG__STORES__DEFAULT__PAYMENT__BRAINTREE__CHANNEL from variables when upgrading to 2.4.",
          RuleTags.CONFIG, RuleTags.VERSION);

  public static final RuleDescriptor CACHE_SETTINGS_WITHOUT_SERVICE =
      rule(109, Severity.WARNING,
          "Redis and Valkey settings of .magento.env.yaml need the matching relationship",
          "ece-tools applies REDIS_* and VALKEY_* variables to the service it finds under the redis or valkey"
              + " relationship; without that relationship the settings do nothing.",
          "config-spec.md 5.3, 6 X9; platform-checks.md d",
          "Add the relationship (redis: \"redis:redis\" or valkey: \"cache:valkey\"), or remove the variable.",
          RuleTags.CONFIG);

  public static final RuleDescriptor PHP_VERSION =
      rule(110, Severity.WARNING,
          "The PHP version should be one the Commerce release supports",
          "ece-tools compares the PHP of type with the supported range of the release (deploy warning 2007);"
              + " an unsupported PHP breaks Composer installs or runs untested code.",
          "config-spec.md 2.2, 6 X6; platform-checks.md 2",
          "Set type to a PHP version in the range the message names, for example php:8.3.",
          RuleTags.CONFIG, RuleTags.VERSION);

  public static final RuleDescriptor SERVICE_VERSION =
      rule(111, Severity.WARNING,
          "A service version should be one the Commerce release supports",
          "ece-tools checks MariaDB, Redis, Valkey, Elasticsearch, OpenSearch, RabbitMQ, ActiveMQ and Varnish"
              + " versions against its compatibility matrix and logs deploy warning 2017 for a mismatch.",
          "config-spec.md 3.2, 6 X7; platform-checks.md 2",
          "Change the service type to a version the matrix allows; services cannot be downgraded in place"
              + " (add a new service instead).",
          RuleTags.CONFIG, RuleTags.VERSION);

  public static final RuleDescriptor SEARCH_ENGINE_MISSING =
      rule(112, Severity.ERROR,
          "Commerce 2.4 needs a search engine relationship",
          "From 2.4.0 ece-tools requires an elasticsearch relationship (OpenSearch also from 2.4.3-p2) and"
              + " stops the deploy with error 134 or 138 without one, unless Live Search is enabled.",
          "config-spec.md 2.6; platform-checks.md a (ElasticSearchIntegrity, OpenSearchIntegrity), 2",
          "Add an opensearch service and the relationship opensearch: \"opensearch:opensearch\" (Elasticsearch"
              + " before 2.4.3-p2).",
          RuleTags.CONFIG, RuleTags.VERSION, RuleTags.SEARCH);

  public static final RuleDescriptor OPENSEARCH_NOT_SUPPORTED =
      rule(113, Severity.ERROR,
          "OpenSearch must be used only on releases that support it",
          "ece-tools allows OpenSearch only on 2.3.7-p3 to 2.3.x and from 2.4.3-p2, and stops the deploy with"
              + " error 139 on any other release.",
          "platform-checks.md a (OpenSearchIntegrity), 2",
          "Use Elasticsearch on this release, or upgrade Commerce to 2.4.3-p2 or later.",
          RuleTags.CONFIG, RuleTags.VERSION, RuleTags.SEARCH);

  public static final RuleDescriptor SEARCH_ENGINES_BOTH =
      rule(114, Severity.WARNING,
          "A project should not relate to both Elasticsearch and OpenSearch",
          "With both relationships ece-tools logs warning 2030 and configures one of them; the other runs for"
              + " nothing.",
          "platform-checks.md a (OpenSearchElasticSearchBothInstalled)",
          "Keep one search engine: OpenSearch from 2.4.4 on, Elasticsearch before 2.4.3-p2.",
          RuleTags.CONFIG, RuleTags.SEARCH);

  public static final RuleDescriptor ELASTICSEARCH_AFTER_2_4_4 =
      rule(115, Severity.WARNING,
          "Commerce 2.4.4 and later should use OpenSearch rather than Elasticsearch",
          "Adobe no longer supports Elasticsearch from 2.4.4 and the Pro stack runs OpenSearch there; the"
              + " platform still tolerates Elasticsearch 7.10.",
          "config-spec.md 3.2; platform-checks.md 2; seed: Production technology stack",
          "Move to an opensearch service and the opensearch relationship, then reindex.",
          RuleTags.CONFIG, RuleTags.VERSION, RuleTags.SEARCH);

  public static final RuleDescriptor SEARCH_ENGINE_MYSQL =
      rule(116, Severity.ERROR,
          "SEARCH_CONFIGURATION must not select the MySQL engine on Commerce 2.4",
          "Commerce 2.4 removed the MySQL search engine; ece-tools stops the deploy with error 135 when"
              + " SEARCH_CONFIGURATION.engine is mysql on 2.4.0 or later.",
          "config-spec.md 5.3, 6 X10; platform-checks.md a (Deploy\\SearchConfiguration)",
          "Set engine to opensearch (elasticsearch7 before 2.4.3-p2), or remove SEARCH_CONFIGURATION to let"
              + " ece-tools configure the search relationship.",
          RuleTags.CONFIG, RuleTags.VERSION, RuleTags.SEARCH);

  public static final RuleDescriptor SEARCH_ENGINE_UNUSED =
      rule(117, Severity.WARNING,
          "SEARCH_CONFIGURATION should select the search service the project relates to",
          "With an Elasticsearch or OpenSearch relationship and an engine outside that family (such as"
              + " mysql), ece-tools logs warning 2010: the search service runs but Commerce does not use it.",
          "config-spec.md 6 X10; platform-checks.md a (Deploy\\ElasticSearchUsage)",
          "Set SEARCH_CONFIGURATION.engine to the engine of the search service (opensearch, elasticsearch7,"
              + " elasticsuite).",
          RuleTags.CONFIG, RuleTags.SEARCH);

  public static final RuleDescriptor COMMERCE_VERSION_UNMATCHED =
      rule(119, Severity.INFO,
          "The Commerce version should name or allow a release ProArch knows",
          "Version rules are evaluated for every known release the version or constraint allows; when it"
              + " allows none (a future release or a mistyped constraint), they are skipped.",
          "docs/decisions.md D-XF-2",
          "Pass an exact release such as 2.4.7-p3, or a constraint such as >=2.4.7 <2.4.8.",
          RuleTags.CONFIG, RuleTags.VERSION);

  public static final RuleDescriptor SUPPORT_REQUEST_CHANGES =
      rule(120, Severity.INFO,
          "On Pro staging and production, changes to services, routes and crons go through a support request",
          "YAML configuration is not applied self-service on Pro staging and production; Adobe applies"
              + " changes to services, routes and cron jobs there on a support ticket.",
          "seed: environment capabilities; config-spec.md 2.9, 3.3, 4.1",
          "Test the change on integration, then submit an Adobe Commerce Support ticket to apply it.",
          RuleTags.CONFIG, RuleTags.ENVIRONMENT, RuleTags.SUPPORT);

  public static final RuleDescriptor NON_PHP_APPLICATION =
      rule(121, Severity.INFO,
          "Adobe documents PHP as the only supported application runtime",
          "Applications of other runtimes (nodejs for a PWA, python helpers) run on the underlying platform"
              + " images, which Adobe does not support or document for Commerce.",
          "config-spec.md 2.1, 8",
          "Keep the application if it is intended; Adobe support covers the PHP application only.",
          RuleTags.CONFIG);

  public static final RuleDescriptor IDEAL_STATE =
      rule(122, Severity.WARNING,
          "The configuration should reach ece-tools' ideal state",
          "ece-tools reports \"The configured state is not ideal\" (warning 1006) unless static content can be"
              + " deployed during the build (SCD_ON_DEMAND false, SKIP_SCD false for the build, scopes in"
              + " app/etc/config.php), the post_deploy hook runs ece-tools, and SKIP_HTML_MINIFICATION is true."
              + " Each miss moves work into the deploy, while the site is down, or onto the first requests.",
          "config-spec.md 6 X13; platform-checks.md IdealState (1006), ScdOnBuild, PostDeploy",
          "Run ece-tools in hooks.post_deploy (php ./vendor/bin/ece-tools run scenario/post-deploy.xml), keep"
              + " SCD_ON_DEMAND false, SKIP_SCD false for the build and SKIP_HTML_MINIFICATION true, and dump the"
              + " scopes to app/etc/config.php (bin/magento app:config:dump scopes themes).",
          RuleTags.CONFIG);

  public static final RuleDescriptor NO_FINAL_NEWLINE =
      rule(130, Severity.INFO,
          "A configuration file should end with a newline",
          "A file whose last line has no line break is valid YAML, but tools that append lines (merges,"
              + " scripts) join them to the last one.",
          "docs/decisions.md D-XF-8",
          "Add a line break at the end of the file.",
          RuleTags.CONFIG);

  public static final RuleDescriptor CRLF_LINE_ENDINGS =
      rule(131, Severity.INFO,
          "A configuration file should use LF line endings",
          "CRLF line endings are valid YAML, but they leave carriage returns in block scalars such as hooks,"
              + " where a shell sees them as part of the command.",
          "docs/decisions.md D-XF-8",
          "Convert the file to LF line endings (git config core.autocrlf input).",
          RuleTags.CONFIG);

  /** Every rule of this list, in id order. */
  public static final List<RuleDescriptor> ALL =
      List.of(
          RELATIONSHIP_TARGET_UNDEFINED,
          RELATIONSHIP_ENDPOINT_UNKNOWN,
          UPSTREAM_APPLICATION_UNDEFINED,
          SERVICE_UNUSED,
          SHARED_MOUNT_MISSING,
          STATIC_MOUNT_MISSING,
          DISK_BUDGET,
          ECE_RELATIONSHIP_NAME,
          BRAINTREE_CHANNEL,
          CACHE_SETTINGS_WITHOUT_SERVICE,
          PHP_VERSION,
          SERVICE_VERSION,
          SEARCH_ENGINE_MISSING,
          OPENSEARCH_NOT_SUPPORTED,
          SEARCH_ENGINES_BOTH,
          ELASTICSEARCH_AFTER_2_4_4,
          SEARCH_ENGINE_MYSQL,
          SEARCH_ENGINE_UNUSED,
          COMMERCE_VERSION_UNMATCHED,
          SUPPORT_REQUEST_CHANGES,
          NON_PHP_APPLICATION,
          IDEAL_STATE,
          NO_FINAL_NEWLINE,
          CRLF_LINE_ENDINGS);

  private CrossFileRules() {}

  private static RuleDescriptor rule(
      int number, Severity severity, String summary, String rationale, String source, String hint,
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
