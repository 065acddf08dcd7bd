package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proarch.provisioning.ProviderCapability;
import dev.proarch.provisioning.ProviderConfig;
import dev.proarch.provisioning.ProviderId;
import dev.proarch.provisioning.ProviderLoadException;
import dev.proarch.provisioning.ProviderRegistry;
import dev.proarch.provisioning.Provisioner;
import dev.proarch.provisioning.ProvisionerProvider;
import dev.proarch.provisioning.ProvisioningException;
import dev.proarch.provisioning.inmemory.InMemoryProvisionerProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProvidersCommandTest {

  @Test
  void textListsTheReferenceProviderFoundOnTheClassPath() throws Exception {
    Golden.Run run = Golden.run("providers");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    Golden.assertMatches("providers.txt", run.out());
  }

  @Test
  void jsonMatchesTheGoldenFile() throws Exception {
    Golden.Run run = Golden.run("providers", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    Golden.assertMatches("providers.json", run.out());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.get("providers").get(0).get("id").asText()).isEqualTo("inmemory");
    assertThat(root.get("providers").get(0).get("capabilities")).hasSize(ProviderCapability.values().length);
  }

  @Test
  void aProviderThatFailsToLoadIsOneLineOnStderrWithExitCodeTwo() {
    Run run = run(() -> {
      throw new ProviderLoadException("a provisioning provider could not be loaded: Provider com.example.Missing not found");
    }, "--format", "json");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(
        "proarch: a provisioning provider could not be loaded: Provider com.example.Missing not found\n");
  }

  @Test
  void twoProvidersWithOneIdAreAUsageErrorNamingBoth() {
    Run run = run(() -> ProviderRegistry.of(() -> List.of(new InMemoryProvisionerProvider(), new Other("inmemory"))));
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: two provisioning providers have the id 'inmemory'").contains(Other.class.getName());
  }

  @Test
  void noProviderIsSaidPlainlyAndIsNotAnError() {
    Run text = run(() -> ProviderRegistry.of(List::of));
    assertThat(text.code()).isEqualTo(ExitCode.OK);
    assertThat(text.out()).startsWith("No provisioning providers found.");
    Run json = run(() -> ProviderRegistry.of(List::of), "--format", "json");
    assertThat(json.out()).contains("\"providers\" : [ ]");
  }

  @Test
  void severalProvidersAreListedInIdOrderWithAlignedColumns() {
    Run run = run(() -> ProviderRegistry.of(() -> List.of(new InMemoryProvisionerProvider(), new Other("k8s"))));
    assertThat(run.out().split("\n")).containsExactly(
        "ID        NAME                                  SPI  CAPABILITIES",
        "inmemory  In-memory simulator of a Pro project  1    provision, scale, backup, restore, deactivate, delete",
        "k8s       Other provider                        1    provision, scale");
  }

  @Test
  void sarifIsNotOffered() {
    Golden.Run run = Golden.run("providers", "--format", "sarif");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: invalid format 'sarif'");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(ProvidersCommand.Source source, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ProArch.withFailureHandling(new CommandLine(new ProvidersCommand(source).spec()));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString().replace("\r\n", "\n"));
  }

  /** A second provider that only describes itself. */
  static final class Other implements ProvisionerProvider {
    private final ProviderId id;

    Other(String id) {
      this.id = ProviderId.of(id);
    }

    @Override
    public ProviderId id() {
      return id;
    }

    @Override
    public String displayName() {
      return "Other provider";
    }

    @Override
    public Set<ProviderCapability> capabilities() {
      return Set.of(ProviderCapability.SCALE, ProviderCapability.PROVISION);
    }

    @Override
    public Provisioner create(ProviderConfig config) throws ProvisioningException {
      throw new ProvisioningException(id, "lists itself only");
    }
  }
}
