package org.ticketgrid.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

  private final IdempotencyStore store = new IdempotencyStore();
  private final ApiResponse first = ApiResponse.ok(Map.of("id", "pi_1"));

  @Test
  void the_first_request_proceeds_and_a_retry_replays_its_response() {
    assertThat(store.claim("sk", "key-1", "body"))
        .isInstanceOf(IdempotencyStore.Claim.Proceed.class);
    store.complete("sk", "key-1", first);

    assertThat(store.claim("sk", "key-1", "body"))
        .isEqualTo(new IdempotencyStore.Claim.Replay(first));
  }

  @Test
  void reusing_a_key_for_different_parameters_is_a_mismatch() {
    store.claim("sk", "key-1", "body");
    store.complete("sk", "key-1", first);

    assertThat(store.claim("sk", "key-1", "other body"))
        .isInstanceOf(IdempotencyStore.Claim.Mismatch.class);
  }

  @Test
  void a_retry_while_the_first_is_still_running_must_wait() {
    store.claim("sk", "key-1", "body");

    assertThat(store.claim("sk", "key-1", "body"))
        .isInstanceOf(IdempotencyStore.Claim.InFlight.class);
  }

  @Test
  void a_released_key_can_be_used_again() {
    store.claim("sk", "key-1", "body");
    store.release("sk", "key-1");

    assertThat(store.claim("sk", "key-1", "different"))
        .isInstanceOf(IdempotencyStore.Claim.Proceed.class);
  }

  @Test
  void keys_are_scoped_per_api_key() {
    store.claim("sk_a", "key-1", "body");
    store.complete("sk_a", "key-1", first);

    assertThat(store.claim("sk_b", "key-1", "other"))
        .isInstanceOf(IdempotencyStore.Claim.Proceed.class);
  }
}
