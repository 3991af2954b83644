package org.ticketgrid.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

  private final Router router = new Router();
  private final Endpoint retrieve = request -> ApiResponse.ok(Map.of("op", "retrieve"));
  private final Endpoint confirm = request -> ApiResponse.ok(Map.of("op", "confirm"));

  @Test
  void variables_bind_and_methods_must_match() {
    router.get("/v1/payment_intents/{id}", Access.SECRET_KEY, retrieve);
    router.post("/v1/payment_intents/{id}/confirm", Access.CLIENT_SIDE, confirm);

    Router.Match match = router.match("POST", "/v1/payment_intents/pi_1/confirm").orElseThrow();
    assertThat(match.endpoint()).isSameAs(confirm);
    assertThat(match.access()).isEqualTo(Access.CLIENT_SIDE);
    assertThat(match.pathVariables()).containsExactly(Map.entry("id", "pi_1"));
    assertThat(router.match("DELETE", "/v1/payment_intents/pi_1")).isEmpty();
    assertThat(router.match("GET", "/v1/payment_intents/pi_1/")).isPresent();
    assertThat(router.match("GET", "/v1/payment_intents//")).isEmpty();
  }

  @Test
  void a_literal_route_wins_over_a_variable_one() {
    Endpoint literal = request -> ApiResponse.ok(Map.of());
    router.get("/v1/things/{id}", Access.OPEN, retrieve);
    router.get("/v1/things/search", Access.OPEN, literal);

    assertThat(router.match("GET", "/v1/things/search").orElseThrow().endpoint()).isSameAs(literal);
  }
}
