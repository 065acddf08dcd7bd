package dev.proarch.benchmarks;

import dev.proarch.benchmarks.internal.Corpus;
import dev.proarch.benchmarks.internal.YamlFloor;
import dev.proarch.yaml.ConfigValidator;
import dev.proarch.yaml.ValidationOptions;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating every project of the corpus in-process, against SnakeYAML composing the same YAML bytes. One
 * operation is one pass over the whole corpus, so projects per second is the project count over the score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConfigValidationBenchmark {
  @Param("/work/shared/corpus")
  public String corpus;

  private Corpus projects;
  private ConfigValidator validator;
  private ValidationOptions options;

  @Setup
  public void setUp() {
    projects = Corpus.read(Path.of(corpus));
    validator = ConfigValidator.create();
    options = ValidationOptions.defaults();
  }

  /** How many projects one operation validates. */
  public int projectCount() {
    return projects.projects().size();
  }

  /** The whole validation of every project, from bytes to sorted findings; returns the finding count. */
  @Benchmark
  public int validateCorpus() {
    int findings = 0;
    for (Corpus.Project project : projects.projects()) {
      findings += validator.validate(project.source(), options).diagnostics().size();
    }
    return findings;
  }

  /** The floor: composing each YAML file of each project into SnakeYAML nodes. */
  @Benchmark
  public int composeCorpus() {
    int entries = 0;
    for (Corpus.Project project : projects.projects()) {
      for (byte[] yaml : project.yamlFiles()) {
        entries += YamlFloor.compose(yaml);
      }
    }
    return entries;
  }
}
