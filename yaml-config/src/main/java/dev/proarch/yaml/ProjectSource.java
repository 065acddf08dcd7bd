package dev.proarch.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files of one project, by path relative to the project root with {@code /} separators. Build it from
 * a directory, or from bytes (a Git tree, an upload) without touching the disk. Only the files that matter
 * to validation are kept: the four Cloud files, further applications one level down ({@code
 * <dir>/.magento.app.yaml} or {@code <dir>/.magento/.magento.app.yaml}, as the template's application
 * server), {@code composer.json} and {@code composer.lock}.
 */
public final class ProjectSource {
  /** Files read from a directory are cut at this size; the reader refuses anything this large anyway. */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private static final List<String> ROOT_FILES =
      List.of(
          ".magento.app.yaml",
          ".magento/services.yaml",
          ".magento/routes.yaml",
          ".magento.env.yaml",
          "composer.json",
          "composer.lock",
          // Read for the Live Search exemption of the search-engine rules (D-XF-5).
          "app/etc/config.php");

  private final Map<String, byte[]> files;
  private final List<String> paths;

  private ProjectSource(Map<String, byte[]> files) {
    this.files = files;
    this.paths = List.copyOf(files.keySet());
  }

  /**
   * Reads the project files of a directory. Throws when the directory cannot be read or has none of
   * {@code .magento.app.yaml}, {@code .magento/services.yaml}, {@code .magento/routes.yaml},
   * {@code .magento.env.yaml} and no {@code .magento} directory.
   */
  public static ProjectSource ofDirectory(Path directory) throws NotAProjectException {
    if (!Files.isDirectory(directory)) {
      throw new NotAProjectException(directory.toString(), "it is not a directory");
    }
    Map<String, byte[]> found = new TreeMap<>();
    try {
      for (String name : ROOT_FILES) {
        readIfPresent(directory, name, found);
      }
      try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
        for (Path child : children) {
          String name = child.getFileName().toString();
          if (!name.equals(".magento") && !name.equals(".git") && Files.isDirectory(child)) {
            readIfPresent(directory, name + "/.magento.app.yaml", found);
            readIfPresent(directory, name + "/.magento/.magento.app.yaml", found);
          }
        }
      }
    } catch (IOException e) {
      throw new NotAProjectException(directory.toString(), "it cannot be read (" + e.getMessage() + ")");
    }
    boolean hasCloudFile = false;
    for (String path : found.keySet()) {
      if (path.contains(".magento")) {
        hasCloudFile = true;
        break;
      }
    }
    if (!hasCloudFile && !Files.isDirectory(directory.resolve(".magento"))) {
      throw new NotAProjectException(
          directory.toString(),
          "it has no .magento.app.yaml, .magento.env.yaml or .magento directory");
    }
    return new ProjectSource(Collections.unmodifiableMap(found));
  }

  /**
   * A project from file contents, keyed by path relative to the project root ({@code .magento.app.yaml},
   * {@code .magento/services.yaml}, {@code application-server/.magento.app.yaml}, {@code composer.lock},
   * ...). A leading {@code ./} or {@code /} and backslashes are normalised; other files are ignored.
   */
  public static ProjectSource ofFiles(Map<String, byte[]> files) {
    Map<String, byte[]> kept = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String normal = normalise(file.getKey());
      if (isRelevant(normal)) {
        kept.put(normal, file.getValue().clone());
      }
    }
    return new ProjectSource(Collections.unmodifiableMap(kept));
  }

  /** The relevant paths of this project, sorted. */
  public List<String> paths() {
    return paths;
  }

  /** The bytes of a file, if the project has it. */
  public Optional<byte[]> read(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
  }

  /**
   * The bytes of a file without the defensive copy, for the validation's own readers, which never write to
   * them: a copy per read was a measurable share of validating a small project.
   */
  Optional<byte[]> readShared(String path) {
    return Optional.ofNullable(files.get(path));
  }

  static boolean isRelevant(String path) {
    if (ROOT_FILES.contains(path)) {
      return true;
    }
    String[] parts = path.split("/", -1);
    boolean oneLevelDown = parts.length == 2 && !parts[0].isEmpty() && parts[1].equals(".magento.app.yaml");
    boolean inItsMagentoDirectory =
        parts.length == 3 && !parts[0].isEmpty() && parts[1].equals(".magento") && parts[2].equals(".magento.app.yaml");
    return (oneLevelDown || inItsMagentoDirectory) && !parts[0].equals(".magento") && !parts[0].equals(".git");
  }

  private static String normalise(String path) {
    String normal = path.replace('\\', '/');
    while (normal.startsWith("./") || normal.startsWith("/")) {
      normal = normal.substring(normal.startsWith("./") ? 2 : 1);
    }
    return normal;
  }

  private static void readIfPresent(Path directory, String relative, Map<String, byte[]> found)
      throws IOException {
    Path file = directory.resolve(relative);
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        found.put(relative, in.readNBytes((int) Math.min(MAX_FILE_BYTES, Integer.MAX_VALUE - 8)));
      }
    }
  }
}
