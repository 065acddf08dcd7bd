package dev.proarch.benchmarks.internal;

import dev.proarch.yaml.NotAProjectException;
import dev.proarch.yaml.ProjectSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The projects of a corpus directory, read into memory once so that both the validator and its floor work on
 * the same bytes and neither pays for the disk.
 */
public final class Corpus {
  private final List<Project> projects;

  private Corpus(List<Project> projects) {
    this.projects = List.copyOf(projects);
  }

  /** Every sub-directory that {@link ProjectSource#ofDirectory} accepts, in name order. */
  public static Corpus read(Path directory) {
    List<Project> projects = new ArrayList<>();
    try (Stream<Path> children = Files.list(directory)) {
      for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
        try {
          ProjectSource source = ProjectSource.ofDirectory(child);
          Map<String, byte[]> files = new LinkedHashMap<>();
          for (String path : source.paths()) {
            files.put(path, source.read(path).orElseThrow());
          }
          projects.add(new Project(child.getFileName().toString(), files));
        } catch (NotAProjectException e) {
          // Not a project (a README folder, say): the corpus holds only what the validator would take.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the corpus " + directory, e);
    }
    if (projects.isEmpty()) {
      throw new IllegalArgumentException("no project in the corpus " + directory);
    }
    return new Corpus(projects);
  }

  public List<Project> projects() {
    return projects;
  }

  /** One project: its relevant files by path, as {@link ProjectSource#ofFiles} takes them. */
  public record Project(String name, Map<String, byte[]> files) {
    public Project {
      files = Map.copyOf(files);
    }

    public ProjectSource source() {
      return ProjectSource.ofFiles(files);
    }

    /** The YAML files only: what the SnakeYAML floor composes. */
    public List<byte[]> yamlFiles() {
      return files.entrySet().stream()
          .filter(e -> e.getKey().endsWith(".yaml"))
          .map(Map.Entry::getValue)
          .toList();
    }
  }
}
