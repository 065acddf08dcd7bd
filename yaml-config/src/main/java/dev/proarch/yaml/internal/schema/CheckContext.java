package dev.proarch.yaml.internal.schema;

import dev.proarch.core.model.EnvironmentType;
import java.util.Optional;

/** What the per-file checks may know beyond the file: the target environment. */
public record CheckContext(Optional<EnvironmentType> environment) {}
