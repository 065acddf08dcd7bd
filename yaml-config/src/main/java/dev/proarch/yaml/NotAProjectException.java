package dev.proarch.yaml;

/**
 * A directory that holds none of the Cloud configuration files ({@code .magento.app.yaml},
 * {@code .magento.env.yaml}, {@code .magento/}) and so is not a Cloud project, or that cannot be read.
 */
public final class NotAProjectException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String directory;

  public NotAProjectException(String directory, String reason) {
    super(directory + " is not an Adobe Commerce Cloud project: " + reason);
    this.directory = directory;
  }

  /** The directory as given. */
  public String directory() {
    return directory;
  }
}
