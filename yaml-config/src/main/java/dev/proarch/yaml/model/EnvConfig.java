package dev.proarch.yaml.model;

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
    return variables().stream().filter(variable -> variable.stage().equals(stage)).toList();
  }

  /** A variable of one stage. */
  public Optional<EnvVariable> variable(String stage, String name) {
    return variables().stream()
        .filter(variable -> variable.stage().equals(stage) && variable.name().equals(name))
        .findFirst();
  }
}
