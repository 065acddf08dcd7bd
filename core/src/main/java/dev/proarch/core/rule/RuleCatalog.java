package dev.proarch.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every rule known on the class path, keyed by id. Ids are checked when rules are registered: two rules
 * with one id, or a rule taking an id another rule once had, fail loading with a message naming both.
 */
public final class RuleCatalog {
  private final Map<RuleId, RuleDescriptor> byId;
  private final Map<RuleId, RuleDescriptor> byFormerId;

  private RuleCatalog(Map<RuleId, RuleDescriptor> byId, Map<RuleId, RuleDescriptor> byFormerId) {
    this.byId = Collections.unmodifiableMap(byId);
    this.byFormerId = Collections.unmodifiableMap(byFormerId);
  }

  /** A catalog of exactly these rules. */
  public static RuleCatalog of(Collection<RuleDescriptor> rules) {
    Map<RuleId, RuleDescriptor> byId = new TreeMap<>();
    Map<RuleId, RuleDescriptor> byFormerId = new TreeMap<>();
    for (RuleDescriptor rule : rules) {
      RuleDescriptor clash = byId.putIfAbsent(rule.id(), rule);
      if (clash != null && !clash.equals(rule)) {
        throw new IllegalArgumentException(
            "rule id " + rule.id() + " is registered twice: '" + clash.summary() + "' and '"
                + rule.summary() + "'");
      }
      for (RuleId former : rule.formerIds()) {
        byFormerId.put(former, rule);
      }
    }
    for (Map.Entry<RuleId, RuleDescriptor> former : byFormerId.entrySet()) {
      if (byId.containsKey(former.getKey())) {
        throw new IllegalArgumentException(
            "rule id " + former.getKey() + " was retired by " + former.getValue().id()
                + " and must not be reused");
      }
    }
    return new RuleCatalog(byId, byFormerId);
  }

  /** Every rule contributed through {@link RuleProvider} on the context class loader. */
  public static RuleCatalog load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /** Every rule contributed through {@link RuleProvider} on the given class loader. */
  public static RuleCatalog load(ClassLoader loader) {
    List<RuleDescriptor> rules = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
      rules.addAll(provider.rules());
    }
    return of(rules);
  }

  /** All rules in id order. */
  public List<RuleDescriptor> rules() {
    return List.copyOf(byId.values());
  }

  /** The rule with this id, or the rule that now carries a former id. */
  public Optional<RuleDescriptor> find(RuleId id) {
    return Optional.ofNullable(byId.getOrDefault(id, byFormerId.get(id)));
  }

  /** The rules of one area, such as {@code BR}. */
  public List<RuleDescriptor> area(String area) {
    List<RuleDescriptor> found = new ArrayList<>();
    for (RuleDescriptor rule : byId.values()) {
      if (rule.id().area().equals(area)) {
        found.add(rule);
      }
    }
    return List.copyOf(found);
  }

  public int size() {
    return byId.size();
  }
}
