package dev.proarch.core.policy.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.ClusterTier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalePlannerTest {
  private static final ClusterTier PRO48 = ClusterTier.of(48);

  @Test
  void upscalingRotatesEachNodeOnceWithTheOtherTwoServing() {
    ScalePlan plan = ScalePlanner.plan(ClusterTier.PRO12, ClusterTier.PRO120);
    assertThat(plan.direction()).isEqualTo(ScaleDirection.UP);
    assertThat(plan.steps()).hasSize(3);
    ScaleStep second = plan.steps().get(1);
    assertThat(second.nodesDown()).containsExactly(2);
    assertThat(second.nodeDown()).hasValue(2);
    assertThat(second.nodesServing()).containsExactly(1, 3);
    assertThat(second.sizesAfter())
        .isEqualTo(Map.of(1, ClusterTier.PRO120, 2, ClusterTier.PRO120, 3, ClusterTier.PRO12));
    assertThat(ScalePlanChecker.check(plan)).isEmpty();
  }

  @Test
  void downscalingIsTheSameRotation() {
    ScalePlan plan = ScalePlanner.plan(ClusterTier.PRO120, PRO48);
    assertThat(plan.direction()).isEqualTo(ScaleDirection.DOWN);
    assertThat(plan.steps()).extracting(step -> List.copyOf(step.nodesDown()))
        .containsExactly(List.of(1), List.of(2), List.of(3));
    assertThat(plan.steps().get(2).sizesAfter().values()).containsOnly(PRO48);
    assertThat(ScalePlanChecker.check(plan)).isEmpty();
  }

  @Test
  void theSameTierNeedsNoStep() {
    ScalePlan plan = ScalePlanner.plan(PRO48, PRO48);
    assertThat(plan.direction()).isEqualTo(ScaleDirection.NONE);
    assertThat(plan.steps()).isEqualTo(List.of());
    assertThat(ScalePlanChecker.check(plan)).isEmpty();
  }
}
