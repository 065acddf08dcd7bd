package dev.proarch.core.policy.backup;

/** What an automatic backup holds (seed: Backup and disaster recovery). Code is not in it: code is in Git. */
public enum BackupContent {
  /** Persistent data of every running service, for example MySQL and Redis. */
  SERVICE_DATA("persistent data of every running service, such as MySQL and Redis"),
  /** Files stored on the mounted (writable) volumes. */
  MOUNTED_VOLUMES("files stored on the mounted volumes"),
  /** The database. */
  DATABASE("the database");

  private final String description;

  BackupContent(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
