package dev.proarch.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proarch.provisioning.inmemory.InMemoryProvisionerProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderRegistryTest {

  @TempDir Path dir;

  @Test
  void loadFindsTheReferenceProviderThroughServiceLoader() throws ProviderLoadException {
    ProviderRegistry registry = ProviderRegistry.load();
    assertThat(registry.ids()).contains(InMemoryProvisionerProvider.ID);
    assertThat(registry.get(InMemoryProvisionerProvider.ID)).isInstanceOf(InMemoryProvisionerProvider.class);
  }

  @Test
  void noProviderIsAClearErrorNamingTheServiceFile() throws ProviderLoadException {
    ProviderRegistry empty = ProviderRegistry.of(List::of);
    assertThat(empty.providers()).isEmpty();
    assertThatThrownBy(empty::only)
        .isInstanceOf(ProviderLoadException.class)
        .hasMessage("no provisioning provider found; add a jar that names one in"
            + " META-INF/services/dev.proarch.provisioning.ProvisionerProvider");
    assertThatThrownBy(() -> empty.get(ProviderId.of("kubernetes"))).hasMessageStartingWith("no provisioning provider found");
  }

  @Test
  void twoProvidersWithOneIdAreRefusedNamingBothClasses() {
    ProvisionerProvider impostor = new Fake("inmemory", "Impostor", 1);
    assertThatThrownBy(() -> ProviderRegistry.of(() -> List.of(new InMemoryProvisionerProvider(), impostor)))
        .isInstanceOf(ProviderLoadException.class)
        .hasMessageContaining("two provisioning providers have the id 'inmemory'")
        .hasMessageContaining(InMemoryProvisionerProvider.class.getName())
        .hasMessageContaining(Fake.class.getName());
  }

  @Test
  void aListedClassThatDoesNotExistIsNamed() throws IOException {
    try (URLClassLoader loader = servicesListing("com.example.provisioning.MissingProvider")) {
      assertThatThrownBy(() -> ProviderRegistry.load(loader))
          .isInstanceOf(ProviderLoadException.class)
          .hasMessageStartingWith("a provisioning provider could not be loaded")
          .hasMessageContaining("com.example.provisioning.MissingProvider");
    }
  }

  @Test
  void aProviderWhoseConstructorThrowsIsNamedWithTheReason() throws IOException {
    try (URLClassLoader loader = servicesListing(Exploding.class.getName())) {
      assertThatThrownBy(() -> ProviderRegistry.load(loader))
          .isInstanceOf(ProviderLoadException.class)
          .hasMessageContaining(Exploding.class.getName())
          .hasMessageContaining("no credentials configured");
    }
  }

  @Test
  void aProviderForAnotherSpiVersionIsRefusedAtLoad() {
    assertThatThrownBy(() -> ProviderRegistry.of(() -> List.of(new Fake("future", "From the future", 2))))
        .isInstanceOf(ProviderLoadException.class)
        .hasMessageContaining("implements SPI version 2, but this ProArch supports version 1");
  }

  @Test
  void aDisplayNameWithATrailingPeriodIsRefused() {
    assertThatThrownBy(() -> ProviderRegistry.of(() -> List.of(new Fake("sloppy", "Sloppy provider.", 1))))
        .hasMessageContaining("without a trailing period");
  }

  @Test
  void aProviderThatThrowsWhileDescribingItselfIsNamed() {
    ProvisionerProvider broken = new Fake("broken", "Broken", 1) {
      @Override
      public Set<ProviderCapability> capabilities() {
        throw new IllegalStateException("capabilities not configured");
      }
    };
    assertThatThrownBy(() -> ProviderRegistry.of(() -> List.of(broken)))
        .isInstanceOf(ProviderLoadException.class)
        .hasMessageContaining("cannot describe itself")
        .hasMessageContaining("capabilities not configured");
  }

  @Test
  void severalProvidersNeedAChoiceByIdAndAnUnknownIdListsTheOthers() throws ProviderLoadException {
    ProviderRegistry registry =
        ProviderRegistry.of(() -> List.of(new Fake("kubernetes", "Kubernetes", 1), new InMemoryProvisionerProvider()));
    assertThat(registry.ids()).extracting(ProviderId::value).containsExactly("inmemory", "kubernetes");
    assertThatThrownBy(registry::only).hasMessage("several provisioning providers are present (inmemory, kubernetes); choose one by id");
    assertThatThrownBy(() -> registry.get(ProviderId.of("nomad")))
        .hasMessage("no provisioning provider with the id 'nomad'; available: inmemory, kubernetes");
  }

  private URLClassLoader servicesListing(String className) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(ProvisionerProvider.class.getName()), className + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  /** A provider whose constructor fails, as one missing its configuration does. */
  public static final class Exploding extends Fake {
    public Exploding() {
      super("exploding", "Exploding", 1);
      throw new IllegalStateException("no credentials configured");
    }
  }

  /** A provider that only describes itself. */
  public static class Fake implements ProvisionerProvider {
    private final ProviderId id;
    private final String name;
    private final int version;

    Fake(String id, String name, int version) {
      this.id = ProviderId.of(id);
      this.name = name;
      this.version = version;
    }

    @Override
    public ProviderId id() {
      return id;
    }

    @Override
    public String displayName() {
      return name;
    }

    @Override
    public Set<ProviderCapability> capabilities() {
      return Set.of(ProviderCapability.PROVISION);
    }

    @Override
    public int spiVersion() {
      return version;
    }

    @Override
    public Provisioner create(ProviderConfig config) throws ProvisioningException {
      throw new ProvisioningException(id, "describes itself only");
    }
  }
}
