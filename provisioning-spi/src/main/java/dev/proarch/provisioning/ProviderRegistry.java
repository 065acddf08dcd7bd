package dev.proarch.provisioning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The providers a host can use, checked once when loaded: each descriptor well formed, each written for
 * this {@link ProvisionerProvider#SPI_VERSION}, no two with one id. Several providers may be present; a
 * host picks one by id (as JCache does), or asks for {@link #only()} when it expects exactly one.
 */
public final class ProviderRegistry {
  private static final String SERVICE_FILE = "META-INF/services/" + ProvisionerProvider.class.getName();

  private final Map<ProviderId, ProvisionerProvider> byId;

  private ProviderRegistry(Map<ProviderId, ProvisionerProvider> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /** Every provider listed through {@link ServiceLoader} on the context class loader. */
  public static ProviderRegistry load() throws ProviderLoadException {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /** Every provider listed through {@link ServiceLoader} on the given class loader. */
  public static ProviderRegistry load(ClassLoader loader) throws ProviderLoadException {
    return of(() -> discover(loader));
  }

  /**
   * The providers a supplier gives, checked as if discovered; tests inject providers this way. A {@link
   * ServiceConfigurationError} thrown by the supplier becomes a {@link ProviderLoadException}.
   */
  public static ProviderRegistry of(Supplier<List<ProvisionerProvider>> supplier) throws ProviderLoadException {
    List<ProvisionerProvider> providers;
    try {
      providers = supplier.get();
    } catch (ServiceConfigurationError error) {
      throw loadFailure(error);
    }
    Map<ProviderId, ProvisionerProvider> byId = new TreeMap<>();
    for (ProvisionerProvider provider : providers) {
      ProviderId id = checked(provider);
      ProvisionerProvider clash = byId.putIfAbsent(id, provider);
      if (clash != null) {
        throw new ProviderLoadException(
            "two provisioning providers have the id '" + id + "': " + clash.getClass().getName() + " and "
                + provider.getClass().getName() + "; remove one jar from the class path");
      }
    }
    return new ProviderRegistry(byId);
  }

  /** Every provider in id order. */
  public List<ProvisionerProvider> providers() {
    return List.copyOf(byId.values());
  }

  public List<ProviderId> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The provider with this id; the message lists the ids there are. */
  public ProvisionerProvider get(ProviderId id) throws ProviderLoadException {
    ProvisionerProvider provider = byId.get(id);
    if (provider == null) {
      throw new ProviderLoadException(
          byId.isEmpty()
              ? noProvider()
              : "no provisioning provider with the id '" + id + "'; available: " + available());
    }
    return provider;
  }

  /** The one provider there is; fails when there is none or several (then choose one by id). */
  public ProvisionerProvider only() throws ProviderLoadException {
    if (byId.isEmpty()) {
      throw new ProviderLoadException(noProvider());
    }
    if (byId.size() > 1) {
      throw new ProviderLoadException(
          "several provisioning providers are present (" + available() + "); choose one by id");
    }
    return byId.values().iterator().next();
  }

  private String available() {
    return byId.keySet().stream().map(ProviderId::value).collect(Collectors.joining(", "));
  }

  private static String noProvider() {
    return "no provisioning provider found; add a jar that names one in " + SERVICE_FILE;
  }

  private static List<ProvisionerProvider> discover(ClassLoader loader) {
    // Iterate by hand: a broken entry throws from hasNext() or next(), and must name its class.
    List<ProvisionerProvider> found = new ArrayList<>();
    Iterator<ProvisionerProvider> iterator = ServiceLoader.load(ProvisionerProvider.class, loader).iterator();
    while (iterator.hasNext()) {
      found.add(iterator.next());
    }
    return found;
  }

  private static ProviderLoadException loadFailure(ServiceConfigurationError error) {
    // The JDK's message names the service and the provider class; keep it, and the cause's reason.
    String cause = error.getCause() == null ? "" : " (" + error.getCause() + ")";
    return new ProviderLoadException(
        "a provisioning provider could not be loaded: " + error.getMessage() + cause, error);
  }

  private static ProviderId checked(ProvisionerProvider provider) throws ProviderLoadException {
    String type = provider.getClass().getName();
    try {
      return checkedDescriptor(provider, type);
    } catch (RuntimeException e) {
      // A provider that cannot even describe itself is a load failure, named like the others.
      throw new ProviderLoadException("provisioning provider " + type + " cannot describe itself: " + e, e);
    }
  }

  private static ProviderId checkedDescriptor(ProvisionerProvider provider, String type)
      throws ProviderLoadException {
    ProviderId id = provider.id();
    if (id == null) {
      throw new ProviderLoadException("provisioning provider " + type + " has no id");
    }
    String name = provider.displayName();
    if (name == null || name.isBlank() || name.contains("\n") || name.strip().endsWith(".")) {
      throw new ProviderLoadException(
          "provisioning provider " + id + " (" + type + ") needs a one-line display name without a trailing"
              + " period, got '" + name + "'");
    }
    if (provider.capabilities() == null) {
      throw new ProviderLoadException("provisioning provider " + id + " (" + type + ") declares no capabilities");
    }
    if (provider.spiVersion() != ProvisionerProvider.SPI_VERSION) {
      throw new ProviderLoadException(
          "provisioning provider " + id + " (" + type + ") implements SPI version " + provider.spiVersion()
              + ", but this ProArch supports version " + ProvisionerProvider.SPI_VERSION
              + "; use a provider release built for it");
    }
    return id;
  }
}
