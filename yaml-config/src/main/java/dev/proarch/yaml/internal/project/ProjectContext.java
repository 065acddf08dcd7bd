package dev.proarch.yaml.internal.project;

import dev.proarch.core.model.EnvironmentType;
import dev.proarch.yaml.model.CommerceVersionSource;
import dev.proarch.yaml.model.ProjectConfig;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a project-wide check sees: the typed configuration, the Commerce version text (exact or a
 * constraint) and where it came from, the target environment and the compat matrix override, if any,
 * and the raw bytes of a file by path, for checks of how a file is written (line endings) rather than what it says.
 */
public record ProjectContext(
    ProjectConfig config,
    Optional<String> commerceVersion,
    CommerceVersionSource commerceVersionSource,
    Optional<EnvironmentType> environment,
    Optional<String> compatMatrix,
    Function<String, Optional<byte[]>> rawFile) {}
