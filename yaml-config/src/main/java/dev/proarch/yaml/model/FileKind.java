package dev.proarch.yaml.model;

/** The four Cloud configuration files, by the role they play. */
public enum FileKind {
  /** {@code .magento.app.yaml}, at the root or one directory down for further applications. */
  APPLICATION(".magento.app.yaml"),
  /** {@code .magento/services.yaml}. */
  SERVICES(".magento/services.yaml"),
  /** {@code .magento/routes.yaml}. */
  ROUTES(".magento/routes.yaml"),
  /** {@code .magento.env.yaml}, read by ece-tools. */
  ENVIRONMENT(".magento.env.yaml");

  private final String defaultPath;

  FileKind(String defaultPath) {
    this.defaultPath = defaultPath;
  }

  /** The path relative to the project root; applications may also sit one directory down. */
  public String defaultPath() {
    return defaultPath;
  }
}
