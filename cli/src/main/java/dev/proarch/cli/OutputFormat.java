package dev.proarch.cli;

/** The {@code --format} values. Not every command offers SARIF. */
enum OutputFormat {
  text,
  json,
  sarif
}
