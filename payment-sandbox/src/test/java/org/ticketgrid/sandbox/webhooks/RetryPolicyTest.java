package org.ticketgrid.sandbox.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void delays_double_from_the_first_and_are_capped_at_an_hour() {
    RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), 8);

    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.delayAfter(40)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void attempts_stop_at_the_maximum() {
    RetryPolicy policy = new RetryPolicy(Duration.ZERO, 3);

    assertThat(policy.mayRetryAfter(2)).isTrue();
    assertThat(policy.mayRetryAfter(3)).isFalse();
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
