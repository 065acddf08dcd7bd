package dev.proarch.core.model;

import dev.proarch.core.version.CommerceVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The version line the factory gives a service for a Commerce version: the newest line that the platform's
 * deploy tool accepts for it (reference service-compat.tsv, ece-tools 2002.2.10), one row per range of that
 * matrix. Services the matrix does not cover (Fastly, HAProxy, NGINX, GlusterFS, New Relic), and versions
 * outside every row, get no version rather than a guess (docs/decisions.md D-TOP-4).
 */
final class StackVersions {
  private static final Map<ServiceKind, List<Row>> ROWS = Map.of(
      ServiceKind.PHP_FPM, List.of(
          row(null, "2.2.10", "7.1"),
          row("2.2.10", "2.3.3", "7.2"),
          row("2.3.3", "2.3.7-p4", "7.3"),
          row("2.3.7-p4", "2.4.4", "7.4"),
          row("2.4.4", "2.4.6", "8.1"),
          row("2.4.6", "2.4.7", "8.2"),
          row("2.4.7", "2.4.8", "8.3"),
          row("2.4.8", "2.4.9-beta1", "8.4"),
          row("2.4.9-beta1", null, "8.5")),
      ServiceKind.MARIADB, List.of(
          row(null, "2.3.6-p1", "10.2"),
          row("2.3.6-p1", "2.4.0", "10.3"),
          row("2.4.0", "2.4.4-p9", "10.4"),
          row("2.4.4-p9", "2.4.4-p12", "10.5"),
          row("2.4.4-p12", "2.4.5", "10.6"),
          row("2.4.5", "2.4.5-p8", "10.4"),
          row("2.4.5-p8", "2.4.5-p11", "10.5"),
          row("2.4.5-p11", "2.4.6-p11", "10.6"),
          row("2.4.6-p11", "2.4.7", "10.11"),
          row("2.4.7", "2.4.7-p6", "10.6"),
          row("2.4.7-p6", "2.4.8", "10.11"),
          row("2.4.8", null, "11.4")),
      ServiceKind.REDIS, List.of(
          row(null, "2.4.8-p1", "7.2")),
      ServiceKind.ELASTICSEARCH, List.of(
          row("2.2.0", "2.2.8", "5.2"),
          row("2.2.8", "2.3.0", "6.5"),
          row("2.3.0", "2.3.1", "5.2"),
          row("2.3.1", "2.3.5", "6.5"),
          row("2.3.5", "2.3.7", "7.7"),
          row("2.3.7", "2.3.7-p3", "7.9"),
          row("2.3.7-p3", "2.4.0", "7.10"),
          row("2.4.0", "2.4.2", "7.7"),
          row("2.4.2", "2.4.3", "7.9"),
          row("2.4.3", null, "7.10")),
      ServiceKind.OPENSEARCH, List.of(
          row("2.3.7-p3", "2.4.0", "1.2"),
          row("2.4.3-p2", "2.4.4-p7", "1.2"),
          row("2.4.4-p8", "2.4.4-p13", "1.3"),
          row("2.4.4-p13", "2.4.5", "2"),
          row("2.4.5", "2.4.5-p6", "1.2"),
          row("2.4.5-p6", "2.4.5-p12", "1.3"),
          row("2.4.5-p12", "2.4.8-p2", "2"),
          row("2.4.8-p2", null, "3")));

  private StackVersions() {}

  static Optional<String> of(ServiceKind kind, CommerceVersion commerce) {
    return ROWS.getOrDefault(kind, List.of()).stream()
        .filter(row -> row.contains(commerce))
        .map(Row::version)
        .findFirst();
  }

  private static Row row(String from, String until, String version) {
    return new Row(
        Optional.ofNullable(from).map(CommerceVersion::of),
        Optional.ofNullable(until).map(CommerceVersion::of),
        version);
  }

  /** Commerce versions from {@code from} (inclusive) until {@code until} (exclusive). */
  private record Row(Optional<CommerceVersion> from, Optional<CommerceVersion> until, String version) {
    boolean contains(CommerceVersion commerce) {
      return from.map(commerce::isAtLeast).orElse(true) && until.map(commerce::isBefore).orElse(true);
    }
  }
}
