package org.ticketgrid.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxConfigTest {

  @Test
  void defaults_match_what_the_web_app_expects_locally() {
    SandboxConfig config = SandboxConfig.from(name -> null);

    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(12111);
    assertThat(config.apiKeys()).containsExactly("sk_test_ticketgrid_local");
    assertThat(config.publishableKeys()).containsExactly("pk_test_ticketgrid_local");
    assertThat(config.webhookSecret()).isEqualTo("whsec_ticketgrid_local");
    assertThat(config.webhookUrls()).isEmpty();
    assertThat(config.webhookRetryDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.webhookMaxAttempts()).isEqualTo(8);
    assertThat(config.apiVersion()).isEqualTo(com.stripe.Stripe.API_VERSION);
  }

  @Test
  void lists_are_comma_separated() {
    SandboxConfig config =
        SandboxConfig.from(
            Map.of(
                    "SANDBOX_WEBHOOK_URL", "http://127.0.0.1:8080/a, http://127.0.0.1:8081/b",
                    "SANDBOX_API_KEY", "sk_test_one,sk_test_two")
                ::get);

    assertThat(config.webhookUrls())
        .containsExactly(
            URI.create("http://127.0.0.1:8080/a"), URI.create("http://127.0.0.1:8081/b"));
    assertThat(config.apiKeys()).isEqualTo(Set.of("sk_test_one", "sk_test_two"));
  }

  @Test
  void bad_values_fail_at_startup_with_the_variable_name() {
    assertThatThrownBy(() -> SandboxConfig.from(Map.of("SANDBOX_PORT", "http")::get))
        .hasMessageContaining("SANDBOX_PORT");
    assertThatThrownBy(() -> SandboxConfig.from(Map.of("SANDBOX_WEBHOOK_MAX_ATTEMPTS", "0")::get))
        .hasMessageContaining("SANDBOX_WEBHOOK_MAX_ATTEMPTS");
  }

  @Test
  void system_properties_override_the_environment() {
    System.setProperty("sandbox.port", "12345");
    try {
      assertThat(SandboxConfig.fromEnvironment().port()).isEqualTo(12345);
    } finally {
      System.clearProperty("sandbox.port");
    }
  }
}
