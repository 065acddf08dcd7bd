package dev.proarch.core.policy.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.core.model.ClusterTier;
import org.junit.jupiter.api.Test;

class ScalingAdvisorTest {

  @Test
  void aPhpConstraintOnPro48AddsWebNodes() {
    ScalingRecommendation advice = ScalingAdvisor.recommend(Bottleneck.PHP, ClusterTier.of(48));
    assertThat(advice.kind()).isEqualTo(ScalingKind.HORIZONTAL);
    assertThat(advice.minimumWebNodes()).hasValue(3);
    assertThat(advice.targetTier()).isEmpty();
    assertThat(advice.reasons().get(0)).contains("PHP level").contains("web nodes");
  }

  @Test
  void aPhpConstraintBelowPro48FirstScalesUpToPro48() {
    ScalingRecommendation advice = ScalingAdvisor.recommend(Bottleneck.PHP, ClusterTier.of(24));
    assertThat(advice.kind()).isEqualTo(ScalingKind.VERTICAL);
    assertThat(advice.targetTier()).contains(ClusterTier.of(48));
    assertThat(advice.reasons()).anyMatch(reason -> reason.contains("scaled architecture"));
  }

  @Test
  void aDatabaseConstraintScalesVerticallyAtAnyTier() {
    for (int vcpu = 12; vcpu <= 120; vcpu += 3) {
      ScalingRecommendation advice = ScalingAdvisor.recommend(Bottleneck.DATABASE, ClusterTier.of(vcpu));
      assertThat(advice.kind()).isEqualTo(ScalingKind.VERTICAL);
      assertThat(advice.minimumWebNodes()).isEmpty();
    }
    assertThat(ScalingAdvisor.recommend(Bottleneck.DATABASE, ClusterTier.PRO120).reasons())
        .anyMatch(reason -> reason.contains("largest documented tier"));
  }
}
