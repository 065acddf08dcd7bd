package dev.proarch.yaml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code .magento.env.yaml} file: stage variables, {@code system.variables} and {@code log}. */
@Value.Immutable
public abstract class EnvConfig {

  public abstract String file();

  /** Every variable of every stage whose value is a mapping, in file order. */
  public abstract List<EnvVariable> variables();

  public abstract ConfigMapping root();

  public static ImmutableEnvConfig.Builder builder() {
    return ImmutableEnvConfig.builder();
  }

  /** The variables of one stage. */
  public List<EnvVariable> stage(String stage) {
    List<EnvVariable> found = new ArrayList<>();
    for (EnvVariable variable : variables()) {
      if (variable.stage().equals(stage)) {
        found.add(variable);
      }
    }
    return List.copyOf(found);
  }

  /** A variable of one stage. */
  public Optional<EnvVariable> variable(String stage, String name) {
    // Loops rather than streams in the model's lookups: checks call them for every project they validate.
    for (EnvVariable variable : variables()) {
      if (variable.stage().equals(stage) && variable.name().equals(name)) {
        return Optional.of(variable);
      }
    }
    return Optional.empty();
  }
}
