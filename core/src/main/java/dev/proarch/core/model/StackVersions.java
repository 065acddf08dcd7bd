package dev.proarch.core.model;

import dev.proarch.core.version.CommerceVersion;
import dev.proarch.core.version.CompatibilityMatrix;
import dev.proarch.core.version.CompatibilityRow;
import dev.proarch.core.version.ServiceVersion;
import dev.proarch.core.version.VersionConstraint;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The version line the factory gives a service for a Commerce version: the newest line that the platform's
 * deploy tool accepts for it. The compatibility matrix (service-compat.tsv, read once by {@link
 * CompatibilityMatrix#bundled()}) decides what is accepted; this class only knows which lines were ever
 * offered, so that a constraint such as {@code >=10.6 <10.7} becomes the line {@code 10.6}. Services the
 * matrix does not cover (Fastly, HAProxy, NGINX, GlusterFS, New Relic), and Commerce versions outside every
 * row, get no version rather than a guess (docs/decisions.md D-TOP-4).
 */
final class StackVersions {
  /** Matrix key and the lines the platform offered (config-spec.md 2.2 and 3.2), newest first. */
  private static final Map<ServiceKind, Offered> OFFERED = Map.of(
      ServiceKind.PHP_FPM, offered("php", "7.0", "7.1", "7.2", "7.3", "7.4", "8.0", "8.1", "8.2", "8.3", "8.4", "8.5"),
      ServiceKind.MARIADB, offered("mariadb", "10.0", "10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.11", "11.4"),
      ServiceKind.REDIS, offered("redis", "3.2", "4.0", "5.0", "6.0", "6.2", "7.0", "7.2"),
      ServiceKind.ELASTICSEARCH,
          offered("elasticsearch", "1.7", "2.4", "5.2", "6.5", "6.8", "7.5", "7.6", "7.7", "7.9", "7.10"),
      ServiceKind.OPENSEARCH, offered("opensearch", "1.1", "1.2", "1.3", "2", "3"));

  private StackVersions() {}

  static Optional<String> of(ServiceKind kind, CommerceVersion commerce) {
    Offered offered = OFFERED.get(kind);
    if (offered == null) {
      return Optional.empty();
    }
    Optional<CompatibilityRow> row = CompatibilityMatrix.bundled().rowFor(offered.matrixKey(), commerce);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    VersionConstraint accepted = row.get().serviceConstraint();
    for (ServiceVersion line : offered.newestFirst()) {
      if (accepted.allows(line)) {
        return Optional.of(line.toString());
      }
    }
    return Optional.empty();
  }

  private static Offered offered(String matrixKey, String... lines) {
    ServiceVersion[] versions = new ServiceVersion[lines.length];
    for (int i = 0; i < lines.length; i++) {
      versions[i] = ServiceVersion.of(lines[i]);
    }
    Arrays.sort(versions, Collections.reverseOrder());
    return new Offered(matrixKey, List.of(versions));
  }

  private record Offered(String matrixKey, List<ServiceVersion> newestFirst) {}
}
