package dev.proarch.core.model;

import java.util.Locale;

/**
 * The services of the Pro stack (seed: Production technology stack), plus the New Relic agents an
 * environment's capabilities add. Each kind has a short label used in logical paths such as {@code
 * nodes[1].services.redis} and a display name for reports.
 */
public enum ServiceKind {
  FASTLY("fastly", "Fastly CDN"),
  HAPROXY("haproxy", "HAProxy"),
  NGINX("nginx", "NGINX"),
  PHP_FPM("php-fpm", "PHP-FPM"),
  GLUSTERFS("glusterfs", "GlusterFS"),
  REDIS("redis", "Redis"),
  ELASTICSEARCH("elasticsearch", "Elasticsearch"),
  OPENSEARCH("opensearch", "OpenSearch"),
  MARIADB("mariadb", "MariaDB"),
  NEW_RELIC_APM("newrelic-apm", "New Relic APM"),
  NEW_RELIC_INFRASTRUCTURE("newrelic-infrastructure", "New Relic Infrastructure");

  private final String label;
  private final String displayName;

  ServiceKind(String label, String displayName) {
    this.label = label;
    this.displayName = displayName;
  }

  /** The lower-case name used in logical paths and JSON: {@code redis}, {@code php-fpm}. */
  public String label() {
    return label;
  }

  /** The name a platform engineer reads: {@code Redis}, {@code PHP-FPM}. */
  public String displayName() {
    return displayName;
  }

  /** True for the two search engines. */
  public boolean isSearchEngine() {
    return this == ELASTICSEARCH || this == OPENSEARCH;
  }

  /** The kind with this label, in any case. */
  public static java.util.Optional<ServiceKind> ofLabel(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    for (ServiceKind kind : values()) {
      if (kind.label.equals(wanted)) {
        return java.util.Optional.of(kind);
      }
    }
    return java.util.Optional.empty();
  }
}
