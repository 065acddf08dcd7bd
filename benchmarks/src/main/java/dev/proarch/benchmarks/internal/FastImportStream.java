package dev.proarch.benchmarks.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@code git fast-import} stream. Mainline commit n gets mark n, so that the environment branches
 * and the pushed commit can be named by position; feature commits get marks after the mainline. Each commit
 * changes one small file; every 500th mainline commit also touches {@code .magento.app.yaml}, as real
 * projects do now and then.
 */
final class FastImportStream {
  private static final long START = 1_700_000_000L;
  private static final long STEP = 600L;

  private final OutputStream out;
  private int nextMark;
  private int mainline;

  FastImportStream(OutputStream out) {
    this.out = out;
  }

  void mainline(int commits) throws IOException {
    mainline = commits;
    nextMark = commits + 1;
    for (int n = 1; n <= commits; n++) {
      StringBuilder commit = header("refs/heads/integration", n, START + n * STEP, "integration change " + n);
      if (n > 1) {
        commit.append("from :").append(n - 1).append('\n');
      }
      if (n == 1 || n % 500 == 0) {
        file(commit, ".magento.app.yaml", "name: mymagento\ntype: php:8.3\ndisk: " + (2048 + n) + "\n");
      }
      if (n == 1) {
        file(commit, ".magento/services.yaml", "mysql:\n  type: mysql:10.6\n  disk: 2048\n");
        file(commit, ".magento/routes.yaml", "\"https://{default}/\":\n  type: upstream\n  upstream: mymagento:http\n");
      }
      file(commit, "app/code/Vendor/Module" + (n % 97) + "/etc/config.xml", "<config>" + n + "</config>\n");
      write(commit);
    }
  }

  void feature(String branch, int forkMark, int commits) throws IOException {
    for (int c = 0; c < commits; c++) {
      int mark = nextMark++;
      StringBuilder commit =
          header("refs/heads/" + branch, mark, START + forkMark * STEP + (c + 1) * 7L, branch + " change " + c);
      commit.append("from :").append(c == 0 ? forkMark : mark - 1).append('\n');
      file(commit, "app/code/Vendor/" + branch.replace('/', '_') + "/Model.php", "<?php // " + c + "\n");
      write(commit);
    }
  }

  void reset(String branch, int mark) throws IOException {
    if (mark < 1 || mark > mainline) {
      throw new IllegalArgumentException("no mainline commit " + mark);
    }
    write(new StringBuilder("reset refs/heads/").append(branch).append("\nfrom :").append(mark).append("\n\n"));
  }

  private static StringBuilder header(String ref, int mark, long time, String message) {
    byte[] text = message.getBytes(StandardCharsets.UTF_8);
    return new StringBuilder(256)
        .append("commit ").append(ref).append('\n')
        .append("mark :").append(mark).append('\n')
        .append("committer Bench <bench@proarch.dev> ").append(time).append(" +0000\n")
        .append("data ").append(text.length).append('\n').append(message).append('\n');
  }

  private static void file(StringBuilder commit, String path, String content) {
    commit.append("M 100644 inline ").append(path).append('\n')
        .append("data ").append(content.getBytes(StandardCharsets.UTF_8).length).append('\n')
        .append(content).append('\n');
  }

  private void write(StringBuilder text) throws IOException {
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
