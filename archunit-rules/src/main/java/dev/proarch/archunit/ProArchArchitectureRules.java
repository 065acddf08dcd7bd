package dev.proarch.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The architecture of ProArch, written once. Every module runs these rules from a three-line test:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "dev.proarch", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *   &#64;ArchTest static final ArchTests rules = ArchTests.in(ProArchArchitectureRules.class);
 * }
 * </pre>
 *
 * <p>Each module imports only its own classes (its test class path holds the other modules as jars, which
 * {@code DoNotIncludeJars} keeps out), so a rule that names one module matches nothing elsewhere and is
 * allowed to be empty there.
 */
public final class ProArchArchitectureRules {

  /** Root package of every module, most specific first, so that the TCK is not mistaken for the SPI. */
  public static final List<String> MODULE_ROOTS =
      List.of(
          "dev.proarch.provisioning.tck",
          "dev.proarch.provisioning",
          "dev.proarch.core",
          "dev.proarch.yaml",
          "dev.proarch.git",
          "dev.proarch.cli",
          "dev.proarch.examples",
          "dev.proarch.benchmarks");

  /**
   * Packages whose whole purpose is a third-party interface, and so may show that party's types in public
   * signatures. Each is listed by name, with the reason.
   */
  public static final Set<String> ADAPTER_PACKAGES =
      Set.of(
          // The JGit pre-receive hook adapter: implements org.eclipse.jgit.transport.PreReceiveHook.
          "dev.proarch.git.jgit",
          // The provider test kit: JUnit test interfaces are its public API by design.
          "dev.proarch.provisioning.tck");

  private static final List<String> FEATURE_MODULE_ROOTS =
      List.of("dev.proarch.yaml", "dev.proarch.git", "dev.proarch.provisioning", "dev.proarch.cli");

  @ArchTest
  public static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE =
      noClasses()
          .that()
          .resideInAPackage("dev.proarch.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              FEATURE_MODULE_ROOTS.stream().map(root -> root + "..").toArray(String[]::new))
          .because("core is the base that every feature module builds on")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule CORE_USES_NO_IO_LIBRARIES =
      noClasses()
          .that()
          .resideInAPackage("dev.proarch.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.yaml.snakeyaml..", "org.eclipse.jgit..", "com.fasterxml.jackson..")
          .because("core holds the pure model and policy; parsing and Git belong to feature modules")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule FEATURE_MODULES_DO_NOT_DEPEND_ON_EACH_OTHER =
      classes()
          .that()
          .resideInAnyPackage("dev.proarch.yaml..", "dev.proarch.git..", "dev.proarch.provisioning..")
          .should(dependOnlyOnCoreAndTheirOwnModule())
          .because("feature modules depend on core, never on each other; cli and examples sit on top")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("dev.proarch.(**)")
          .should()
          .beFreeOfCycles()
          .because("a package graph with cycles cannot be layered or split")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule INTERNAL_PACKAGES_STAY_IN_THEIR_MODULE =
      classes()
          .that()
          .resideInAPackage("dev.proarch..")
          .should(notUseInternalPackagesOfOtherModules())
          .because("internal packages may change in any release; only their own module may use them");

  @ArchTest
  public static final ArchRule API_SIGNATURES_SHOW_NO_THIRD_PARTY_TYPES =
      classes()
          .that()
          .resideInAPackage("dev.proarch..")
          .and()
          .arePublic()
          .and(notInInternalOrAdapterPackage())
          .should(exposeOnlyJdkAndProArchTypes())
          .because("callers must be able to upgrade our dependencies without recompiling");

  private ProArchArchitectureRules() {}

  /** The module root that owns a package, or empty when the package is not one of ours. */
  public static Optional<String> moduleOf(String packageName) {
    return MODULE_ROOTS.stream()
        .filter(root -> packageName.equals(root) || packageName.startsWith(root + "."))
        .findFirst();
  }

  private static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  private static boolean isAdapter(String packageName) {
    return ADAPTER_PACKAGES.stream()
        .anyMatch(adapter -> packageName.equals(adapter) || packageName.startsWith(adapter + "."));
  }

  private static DescribedPredicate<JavaClass> notInInternalOrAdapterPackage() {
    return DescribedPredicate.describe(
        "are in an API package",
        javaClass -> !isInternal(javaClass.getPackageName()) && !isAdapter(javaClass.getPackageName()));
  }

  private static ArchCondition<JavaClass> dependOnlyOnCoreAndTheirOwnModule() {
    return new ArchCondition<>("depend only on core and their own module") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        Optional<String> own = moduleOf(item.getPackageName());
        item.getDirectDependenciesFromSelf().forEach(dependency -> {
          Optional<String> target = moduleOf(dependency.getTargetClass().getPackageName());
          boolean foreign = target.isPresent()
              && !target.equals(own)
              && !target.get().equals("dev.proarch.core")
              && !(own.orElse("").equals("dev.proarch.provisioning.tck")
                  && target.get().equals("dev.proarch.provisioning"));
          if (foreign) {
            events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
          }
        });
      }
    };
  }

  private static ArchCondition<JavaClass> notUseInternalPackagesOfOtherModules() {
    return new ArchCondition<>("not use internal packages of other modules") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        Optional<String> own = moduleOf(item.getPackageName());
        item.getDirectDependenciesFromSelf().forEach(dependency -> {
          String targetPackage = dependency.getTargetClass().getPackageName();
          if (isInternal(targetPackage)
              && moduleOf(targetPackage).isPresent()
              && !moduleOf(targetPackage).equals(own)) {
            events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
          }
        });
      }
    };
  }

  private static ArchCondition<JavaClass> exposeOnlyJdkAndProArchTypes() {
    return new ArchCondition<>("expose only JDK and ProArch types in public signatures") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaMember member : item.getMembers()) {
          if (!isVisible(member)) {
            continue;
          }
          Set<String> foreign = new TreeSet<>();
          for (JavaType type : signatureTypes(member)) {
            type.getAllInvolvedRawTypes().stream()
                .map(JavaClass::getBaseComponentType)
                .filter(raw -> !raw.isPrimitive())
                .map(JavaClass::getName)
                .filter(name -> !name.startsWith("java.") && !name.startsWith("dev.proarch."))
                .forEach(foreign::add);
          }
          if (!foreign.isEmpty()) {
            events.add(SimpleConditionEvent.violated(
                item, member.getFullName() + " exposes " + String.join(", ", foreign)));
          }
        }
      }
    };
  }

  private static boolean isVisible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }

  private static List<JavaType> signatureTypes(JavaMember member) {
    if (member instanceof JavaField field) {
      return List.of(field.getType());
    }
    JavaCodeUnit codeUnit = (JavaCodeUnit) member;
    List<JavaType> types = new java.util.ArrayList<>(codeUnit.getParameterTypes());
    types.add(codeUnit.getReturnType());
    types.addAll(codeUnit.getThrowsClause().getTypes());
    return types;
  }
}
