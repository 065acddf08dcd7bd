package dev.proarch.core.policy.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.ClusterTier;
import dev.proarch.core.rule.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One firing example per checker rule; the planner's plans are the quiet cases. */
class ScalePlanCheckerTest {
  private static final ClusterTier FROM = ClusterTier.PRO12;
  private static final ClusterTier TO = ClusterTier.PRO120;

  private static ScaleStep step(List<Integer> down, List<Integer> serving, Map<Integer, ClusterTier> after) {
    return ScaleStep.builder().addAllNodesDown(down).addAllNodesServing(serving).putAllSizesAfter(after).build();
  }

  private static List<String> ids(ScaleStep... steps) {
    ScalePlan plan = ScalePlan.builder().from(FROM).to(TO).addSteps(steps).build();
    return ScalePlanChecker.check(plan).stream().map(Diagnostic::ruleId).map(Object::toString).toList();
  }

  private static Map<Integer, ClusterTier> sizes(ClusterTier one, ClusterTier two, ClusterTier three) {
    return Map.of(1, one, 2, two, 3, three);
  }

  @Test
  void twoNodesDownAtOnceLosesQuorum() {
    assertThat(ids(
            step(List.of(1, 2), List.of(3), sizes(TO, TO, FROM)),
            step(List.of(3), List.of(1, 2), sizes(TO, TO, TO))))
        .containsExactly("PRO-SCL-001");
  }

  @Test
  void aNodeResizedTwiceIsReported() {
    assertThat(ids(
            step(List.of(1), List.of(2, 3), sizes(ClusterTier.of(48), FROM, FROM)),
            step(List.of(1), List.of(2, 3), sizes(TO, FROM, FROM)),
            step(List.of(2), List.of(1, 3), sizes(TO, TO, FROM)),
            step(List.of(3), List.of(1, 2), sizes(TO, TO, TO))))
        .containsExactly("PRO-SCL-002");
  }

  @Test
  void aNodeNeverResizedIsReportedWithTheWrongFinalTier() {
    assertThat(ids(
            step(List.of(1), List.of(2, 3), sizes(TO, FROM, FROM)),
            step(List.of(2), List.of(1, 3), sizes(TO, TO, FROM))))
        .containsExactlyInAnyOrder("PRO-SCL-003", "PRO-SCL-004");
  }

  @Test
  void aRotationToTheWrongTierIsReported() {
    ClusterTier wrong = ClusterTier.of(96);
    assertThat(ids(
            step(List.of(1), List.of(2, 3), sizes(wrong, FROM, FROM)),
            step(List.of(2), List.of(1, 3), sizes(wrong, wrong, FROM)),
            step(List.of(3), List.of(1, 2), sizes(wrong, wrong, wrong))))
        .containsExactly("PRO-SCL-004", "PRO-SCL-004", "PRO-SCL-004");
  }

  @Test
  void aStepNamingANodeOutsideTheClusterOrDownAndServingIsMalformed() {
    assertThat(ids(
            step(List.of(1), List.of(1, 2, 3, 4), sizes(TO, FROM, FROM)),
            step(List.of(2), List.of(1, 3), sizes(TO, TO, FROM)),
            step(List.of(3), List.of(1, 2), sizes(TO, TO, TO))))
        .containsExactly("PRO-SCL-005", "PRO-SCL-005");
    assertThat(ids(
            step(List.of(1), List.of(2, 3), Map.of(1, TO)),
            step(List.of(2), List.of(1, 3), sizes(TO, TO, FROM)),
            step(List.of(3), List.of(1, 2), sizes(TO, TO, TO))))
        .containsExactly("PRO-SCL-005");
  }

  @Test
  void aNodeResizedWhileServingIsReported() {
    assertThat(ids(
            step(List.of(1), List.of(2, 3), sizes(TO, TO, FROM)),
            step(List.of(2), List.of(1, 3), sizes(TO, TO, FROM)),
            step(List.of(3), List.of(1, 2), sizes(TO, TO, TO))))
        .containsExactly("PRO-SCL-006");
  }

  @Test
  void findingsCarryTheStepAndItsPath() {
    ScalePlan plan = ScalePlan.builder().from(FROM).to(TO)
        .addSteps(step(List.of(1, 2, 3), List.of(), sizes(TO, TO, TO))).build();
    Diagnostic quorum = ScalePlanChecker.check(plan).get(0);
    assertThat(quorum.ruleId()).isEqualTo(ScalingRules.QUORUM_KEPT.id());
    assertThat(quorum.details()).containsEntry("step", "1").containsEntry("down", "1,2,3").containsEntry("serving", "");
    assertThat(quorum.location().flatMap(location -> location.path())).contains("steps[0]");
  }
}
