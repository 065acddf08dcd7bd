package dev.proarch.yaml;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Severity;
import dev.proarch.core.version.CommerceVersion;
import dev.proarch.yaml.model.CommerceVersionSource;
import dev.proarch.yaml.model.ProjectConfig;
import dev.proarch.yaml.internal.read.Lines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The findings of one validation, what was read, and the Commerce version the rules assumed. */
@Value.Immutable
public abstract class ValidationResult {

  /** Every finding, sorted with {@link dev.proarch.core.rule.DiagnosticOrder}. */
  public abstract List<Diagnostic> diagnostics();

  /** The paths of the files that were read, sorted. */
  public abstract List<String> files();

  /** The typed configuration that was read. */
  public abstract ProjectConfig config();

  /** The Commerce version text the rules used: an exact version or a Composer constraint. */
  public abstract Optional<String> commerceVersion();

  public abstract CommerceVersionSource commerceVersionSource();

  /** The decoded text of each file read, for rendering excerpts under findings. */
  @Value.Auxiliary
  protected abstract Map<String, String> texts();

  /** Each file's lines, cut once and only when a caller asks for them: most runs never render excerpts. */
  @Value.Lazy
  protected Map<String, List<String>> lines() {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    for (Map.Entry<String, String> text : texts().entrySet()) {
      lines.put(text.getKey(), Lines.split(text.getValue()));
    }
    return Map.copyOf(lines);
  }

  public static ImmutableValidationResult.Builder builder() {
    return ImmutableValidationResult.builder();
  }

  /** The lines of a file that was read (without line terminators), or an empty list. */
  public List<String> sourceLines(String file) {
    return lines().getOrDefault(file, List.of());
  }

  /** The Commerce version when it is an exact version rather than a constraint. */
  public Optional<CommerceVersion> exactCommerceVersion() {
    Optional<String> text = commerceVersion();
    return text.isPresent() && CommerceVersion.isValid(text.get())
        ? Optional.of(CommerceVersion.of(text.get()))
        : Optional.empty();
  }

  /** True when a finding is at least this severe. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    for (Diagnostic diagnostic : diagnostics()) {
      if (diagnostic.severity().atLeast(threshold)) {
        return true;
      }
    }
    return false;
  }
}
