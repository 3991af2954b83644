package org.ticketgrid.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {

  private static Params params(String form) {
    return new Params(FormDecoder.decode(form));
  }

  private static ApiError errorOf(Runnable action) {
    try {
      action.run();
    } catch (ApiException e) {
      return e.error();
    }
    throw new AssertionError("expected an ApiException");
  }

  @Test
  void a_bad_integer_names_the_parameter_as_stripe_does() {
    ApiError error = errorOf(() -> params("amount=12.5").integer("amount"));

    assertThat(error.code()).isEqualTo("parameter_invalid_integer");
    assertThat(error.param()).isEqualTo("amount");
  }

  @Test
  void a_missing_required_parameter_is_parameter_missing() {
    ApiError error = errorOf(() -> params("currency=eur").requiredInteger("amount"));

    assertThat(error.code()).isEqualTo("parameter_missing");
    assertThat(error.message()).isEqualTo("Missing required param: amount.");
  }

  @Test
  void nested_parameters_report_their_full_name() {
    ApiError error = errorOf(() -> params("card[number]=").nested("card").requiredString("number"));

    assertThat(error.param()).isEqualTo("card[number]");
  }

  @Test
  void enums_accept_only_listed_values() {
    assertThat(params("capture_method=manual").oneOf("capture_method", Set.of("manual")))
        .hasValue("manual");
    assertThatThrownBy(
            () -> params("capture_method=later").oneOf("capture_method", Set.of("manual")))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void booleans_are_the_words_true_and_false() {
    assertThat(params("confirm=true").bool("confirm")).hasValue(true);
    assertThat(errorOf(() -> params("confirm=yes").bool("confirm")).code())
        .isEqualTo("parameter_invalid_boolean");
  }

  @Test
  void the_fingerprint_ignores_parameter_order() {
    assertThat(params("a=1&b[x]=2&b[y]=3").fingerprint())
        .isEqualTo(params("b[y]=3&a=1&b[x]=2").fingerprint())
        .isNotEqualTo(params("a=1&b[x]=2&b[y]=4").fingerprint());
  }
}
