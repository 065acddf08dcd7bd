package dev.proarch.core.version;

import dev.proarch.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The service-version compatibility matrix that the platform's deploy tool (magento/ece-tools,
 * {@code Service\Validator::MAGENTO_SUPPORTED_SERVICE_VERSIONS}) enforces, as typed rows.
 *
 * <p>As in ece-tools, the first row of a service whose Commerce constraint allows the release decides;
 * later rows are never consulted. The bundled table is ece-tools 2002.2.10's; {@link #parse} reads a
 * newer one in the same tab-separated form, so that it can be replaced without a release of ProArch.
 */
@Value.Immutable
public abstract class CompatibilityMatrix {
  private static final String RESOURCE = "service-compat.tsv";
  private static final String EXPECTED_LINE =
      "three tab-separated fields: service, Commerce version constraint, service version constraint";

  /** The rows in file order; order matters, because the first covering row wins. */
  public abstract List<CompatibilityRow> rows();

  public static ImmutableCompatibilityMatrix.Builder builder() {
    return ImmutableCompatibilityMatrix.builder();
  }

  /** The matrix shipped with ProArch, read from the class path once. */
  public static CompatibilityMatrix bundled() {
    return Bundled.MATRIX;
  }

  /**
   * Reads a matrix in the form of {@code service-compat.tsv}: one row a line, three tab-separated fields,
   * an optional header line starting with {@code service}, blank lines and {@code #} comments ignored.
   * The error names the 1-based line that does not read.
   */
  public static CompatibilityMatrix parse(String tsvText) throws InvalidValueException {
    return parse(tsvText, false);
  }

  /** With {@code trusted}, the constraints are read on first use: only for the bundled, tested table. */
  private static CompatibilityMatrix parse(String tsvText, boolean trusted) throws InvalidValueException {
    ImmutableCompatibilityMatrix.Builder builder = builder();
    String[] lines = tsvText.split("\r?\n", -1);
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index];
      if (line.isBlank() || line.startsWith("#") || (index == 0 && isHeader(line))) {
        continue;
      }
      builder.addRows(row(line, index + 1, trusted));
    }
    return builder.build();
  }

  private static boolean isHeader(String line) {
    return line.split("\t", -1)[0].trim().equals("service");
  }

  private static CompatibilityRow row(String line, int number, boolean trusted) throws InvalidValueException {
    String[] fields = line.split("\t", -1);
    String what = "compatibility matrix line " + number;
    if (fields.length != 3 || fields[0].isBlank()) {
      throw new InvalidValueException(what, line, EXPECTED_LINE);
    }
    try {
      return CompatibilityRow.builder()
          .service(fields[0].trim())
          .commerceConstraint(trusted ? VersionConstraint.deferred(fields[1]) : VersionConstraint.parse(fields[1]))
          .serviceConstraint(trusted ? VersionConstraint.deferred(fields[2]) : VersionConstraint.parse(fields[2]))
          .line(number)
          .build();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(what, line, EXPECTED_LINE + "; " + e.getMessage());
    }
  }

  /** The service keys in the order they first appear, such as {@code php}, {@code mariadb}. */
  public List<String> services() {
    Set<String> services = new LinkedHashSet<>();
    for (CompatibilityRow row : rows()) {
      services.add(row.service());
    }
    return List.copyOf(services);
  }

  public boolean knows(String service) {
    for (CompatibilityRow row : rows()) {
      if (row.service().equals(service)) {
        return true;
      }
    }
    return false;
  }

  /** The rows of one service, in file order. */
  public List<CompatibilityRow> rowsFor(String service) {
    List<CompatibilityRow> found = new ArrayList<>();
    for (CompatibilityRow row : rows()) {
      if (row.service().equals(service)) {
        found.add(row);
      }
    }
    return List.copyOf(found);
  }

  /** The row that decides for this release: the first one whose Commerce constraint allows it. */
  public Optional<CompatibilityRow> rowFor(String service, CommerceVersion commerce) {
    for (CompatibilityRow row : rows()) {
      if (row.service().equals(service) && row.covers(commerce)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** Checks a service version against the row that decides for the release, as ece-tools does. */
  public CompatibilityCheck check(String service, CommerceVersion commerce, ServiceVersion version) {
    ImmutableCompatibilityCheck.Builder result =
        CompatibilityCheck.builder().service(service).commerceVersion(commerce).serviceVersion(version);
    if (!knows(service)) {
      return result.outcome(CompatibilityCheck.Outcome.UNKNOWN_SERVICE).build();
    }
    Optional<CompatibilityRow> row = rowFor(service, commerce);
    if (row.isEmpty()) {
      return result.outcome(CompatibilityCheck.Outcome.NO_ROW).build();
    }
    boolean allowed = row.get().serviceConstraint().allows(version);
    return result
        .outcome(allowed ? CompatibilityCheck.Outcome.COMPATIBLE : CompatibilityCheck.Outcome.INCOMPATIBLE)
        .row(row.get())
        .build();
  }

  /**
   * Checks a service version against every known release that a Commerce constraint allows, such as the
   * {@code magento/product-enterprise-edition} requirement of a composer.json; one answer per release, in
   * {@link CommerceReleases} order, empty when the constraint allows no known release.
   */
  public List<CompatibilityCheck> checkReleases(
      String service, VersionConstraint commerce, ServiceVersion version) {
    List<CommerceVersion> releases = CommerceReleases.allowedBy(commerce);
    List<CompatibilityCheck> checks = new ArrayList<>(releases.size());
    for (CommerceVersion release : releases) {
      checks.add(check(service, release, version));
    }
    return List.copyOf(checks);
  }

  /**
   * The matrix key for a service type name as written before the colon in services.yaml or
   * .magento.app.yaml: {@code mysql} (MariaDB on the platform) reads as {@code mariadb} and
   * {@code activemq-artemis} as {@code activemq}; other names are their own key (D-VER-5).
   */
  public static String keyForType(String typeName) {
    String name = typeName.trim().toLowerCase(java.util.Locale.ROOT);
    switch (name) {
      case "mysql":
        return "mariadb";
      case "activemq-artemis":
        return "activemq";
      default:
        return name;
    }
  }

  /** Loads the bundled table when first asked for; a broken bundled table is a build defect. */
  private static final class Bundled {
    static final CompatibilityMatrix MATRIX = load();

    private static CompatibilityMatrix load() {
      try (InputStream in = CompatibilityMatrix.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled " + RESOURCE + " is missing from the class path");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
      } catch (InvalidValueException e) {
        throw new IllegalStateException("the bundled " + RESOURCE + " does not parse: " + e.getMessage(), e);
      }
    }
  }
}
