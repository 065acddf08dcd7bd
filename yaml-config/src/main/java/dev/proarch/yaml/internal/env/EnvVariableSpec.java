package dev.proarch.yaml.internal.env;

import java.util.List;
import java.util.Optional;

/** One variable of the {@code .magento.env.yaml} schema. */
public record EnvVariableSpec(
    String name,
    String type,
    List<String> stages,
    Optional<List<String>> allowed,
    Optional<long[]> range,
    boolean splitDb,
    boolean mergeable,
    Optional<String> deprecation) {

  public boolean isSystem() {
    return stages.contains("system");
  }
}
