package dev.proarch.core.version;

/**
 * One primitive bound of a constraint after Composer has expanded it, such as {@code >= 2.4.9.0-dev}. A
 * tilde, caret, wildcard or hyphen range becomes two of these; a bare version becomes one {@code ==}.
 */
record Comparison(Operator operator, ComposerVersion bound) {

  /** Composer's comparison operators. */
  enum Operator {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** Reads the operator as Composer writes it; {@code =} and {@code <>} are aliases. */
    static Operator ofSymbol(String symbol) {
      switch (symbol) {
        case "":
        case "=":
        case "==":
          return EQ;
        case "!=":
        case "<>":
          return NE;
        case "<":
          return LT;
        case "<=":
          return LE;
        case ">":
          return GT;
        case ">=":
          return GE;
        default:
          throw new IllegalArgumentException("not an operator: " + symbol);
      }
    }

    boolean holdsFor(int comparison) {
      switch (this) {
        case EQ:
          return comparison == 0;
        case NE:
          return comparison != 0;
        case LT:
          return comparison < 0;
        case LE:
          return comparison <= 0;
        case GT:
          return comparison > 0;
        default:
          return comparison >= 0;
      }
    }

    String symbol() {
      return symbol;
    }
  }

  boolean matches(ComposerVersion version) {
    return operator.holdsFor(version.compareTo(bound));
  }

  @Override
  public String toString() {
    return operator.symbol() + " " + bound;
  }
}
