package dev.proarch.yaml.internal.composer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Commerce version in composer.lock (the locked version of a Commerce package) or composer.json
 * (the constraint in {@code require}), trying the packages in a fixed order (config-spec.md 6 X14).
 */
public final class CommerceVersionDetector {
  /** Most specific first: the edition metapackages, the Cloud metapackage, then the base package. */
  public static final List<String> PACKAGES =
      List.of(
          "magento/product-enterprise-edition",
          "magento/product-community-edition",
          "magento/magento-cloud-metapackage",
          "magento/magento2-base");

  private CommerceVersionDetector() {}

  /** The locked version, without a leading {@code v}; throws {@link IllegalArgumentException} on bad JSON. */
  public static Optional<String> fromLock(byte[] bytes) {
    Object document = JsonReader.parse(new String(bytes, StandardCharsets.UTF_8));
    if (!(document instanceof Map)) {
      throw new IllegalArgumentException("the document is not a JSON object");
    }
    Map<?, ?> lock = (Map<?, ?>) document;
    for (String wanted : PACKAGES) {
      for (String section : List.of("packages", "packages-dev")) {
        Object packages = lock.get(section);
        if (!(packages instanceof List)) {
          continue;
        }
        for (Object entry : (List<?>) packages) {
          if (entry instanceof Map && wanted.equals(((Map<?, ?>) entry).get("name"))) {
            Object version = ((Map<?, ?>) entry).get("version");
            if (version instanceof String) {
              return Optional.of(((String) version).replaceFirst("^v", ""));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The {@code require} constraint; throws {@link IllegalArgumentException} on bad JSON. */
  public static Optional<String> fromJson(byte[] bytes) {
    Object document = JsonReader.parse(new String(bytes, StandardCharsets.UTF_8));
    if (!(document instanceof Map)) {
      throw new IllegalArgumentException("the document is not a JSON object");
    }
    Object require = ((Map<?, ?>) document).get("require");
    if (!(require instanceof Map)) {
      return Optional.empty();
    }
    for (String wanted : PACKAGES) {
      Object constraint = ((Map<?, ?>) require).get(wanted);
      if (constraint instanceof String && !((String) constraint).isBlank()) {
        return Optional.of(((String) constraint).trim());
      }
    }
    return Optional.empty();
  }
}
