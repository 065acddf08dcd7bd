package dev.proarch.yaml.internal.read;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Location;
import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.model.ConfigNode;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one untrusted YAML file into a {@link ConfigNode} tree with positions. It only composes nodes
 * (never constructs objects, so no type in the file is ever instantiated), refuses documents beyond the
 * {@link ReaderLimits}, and turns every failure into a finding at the line and column of the fault.
 */
public final class YamlReader {
  /** Symfony writes PHP constants as {@code !php/const:\PDO::X}; a backslash cannot appear in a YAML tag. */
  private static final Pattern PHP_CONST_TAG = Pattern.compile("!php/const:(\\S*)");

  /**
   * Only read after construction, so one serves every file and thread; building one per file cost about 7 %
   * of a validation (docs/performance.md).
   */
  private static final Resolver RESOLVER = new Resolver();

  private final ReaderLimits limits;

  public YamlReader(ReaderLimits limits) {
    this.limits = limits;
  }

  public ParsedFile read(String path, byte[] bytes) {
    // UTF-8 needs at most 4 bytes a code point: beyond that the file is too large without decoding it.
    if (bytes.length > 4L * limits.maxCodePoints()) {
      return failed(path, Optional.empty(), refusal(path, tooLarge()));
    }
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      return failed(path, Optional.empty(), refusal(path, "The file is not valid UTF-8 text."));
    }
    if (text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
      return failed(path, Optional.empty(), refusal(path, tooLarge()));
    }
    Optional<String> source = Optional.of(text);
    try {
      Node node = compose(protectPhpConstTags(text));
      NodeConverter converter = new NodeConverter(path, limits);
      Optional<ConfigNode> root = Optional.of(converter.convertRoot(node));
      return new ParsedFile(path, root, converter.diagnostics(), source);
    } catch (MarkedYAMLException e) {
      return failed(path, source, syntaxError(path, e));
    } catch (NodeConverter.TooLargeException e) {
      return failed(path, source, refusal(path, e.getMessage()));
    } catch (YAMLException e) {
      return failed(path, source, refusal(path, refusalMessage(e)));
    } catch (RuntimeException | StackOverflowError e) {
      return failed(path, source, refusal(path, "The file could not be read as YAML: " + e));
    }
  }

  private String tooLarge() {
    return "The file has more than " + limits.maxCodePoints()
        + " characters, far more than any Cloud configuration file; it was not read.";
  }

  /**
   * Composes the node graph only, as {@code Yaml.compose} does, without the constructor and representer a
   * {@code Yaml} object builds and composing never uses: no object is ever made from the file.
   */
  private Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxCodePoints() + 1);
    options.setAllowDuplicateKeys(true);
    options.setProcessComments(false);
    return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER, options)
        .getSingleNode();
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    // The JDK's own UTF-8 constructor is several times faster than a decoder, but replaces malformed input
    // with U+FFFD: only a text that holds one is decoded again, strictly, to tell a written U+FFFD from a fault.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Replaces the backslashes of {@code !php/const:} tags with {@code ~}, keeping every column in place. */
  static String protectPhpConstTags(String text) {
    if (!text.contains("!php/const:")) {
      return text;
    }
    Matcher matcher = PHP_CONST_TAG.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement("!php/const:" + matcher.group(1).replace('\\', '~')));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String refusalMessage(YAMLException e) {
    String text = String.valueOf(e.getMessage());
    if (text.contains("aliases")) {
      return "The file uses more aliases than any Cloud configuration needs (a possible alias bomb); it was"
          + " not read.";
    }
    if (text.contains("Nesting Depth")) {
      return "The file nests deeper than any Cloud configuration needs; it was not read.";
    }
    if (text.contains("code points")) {
      return "The file is larger than any Cloud configuration file; it was not read.";
    }
    return "The file could not be read as YAML: " + text;
  }

  private static Diagnostic syntaxError(String path, MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String problem = String.valueOf(e.getProblem());
    String message;
    if (problem.contains("\\t") || problem.contains("TAB")) {
      message = "A TAB character is used where YAML allows only spaces (indentation); this is not valid YAML.";
    } else {
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      message = "This is not valid YAML: " + problem + context + ".";
    }
    var location = Location.builder().file(path);
    if (mark != null) {
      location.line(mark.getLine() + 1).column(mark.getColumn() + 1);
    }
    return ConfigRules.YAML_SYNTAX
        .diagnostic(message)
        .location(location.build())
        .putDetails("problem", problem)
        .build();
  }

  private static Diagnostic refusal(String path, String message) {
    return ConfigRules.DOCUMENT_REFUSED.diagnostic(message).location(Location.ofFile(path)).build();
  }

  private static ParsedFile failed(String path, Optional<String> source, Diagnostic diagnostic) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    diagnostics.add(diagnostic);
    return new ParsedFile(path, Optional.empty(), diagnostics, source);
  }
}
