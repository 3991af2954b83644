package org.ticketgrid.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDecoderTest {

  @Test
  void flat_pairs_are_url_decoded() {
    assertThat(FormDecoder.decode("amount=5000&description=Two+tickets%20%E2%82%AC"))
        .containsExactly(Map.entry("amount", "5000"), Map.entry("description", "Two tickets €"));
  }

  @Test
  void bracketed_keys_nest_to_any_depth() {
    Map<String, Object> decoded =
        FormDecoder.decode(
            "metadata[orderId]=ord_1&metadata[holdId]=h_2"
                + "&payment_method_data[card][number]=4242424242424242&payment_method_data[type]=card");

    assertThat(decoded.get("metadata")).isEqualTo(Map.of("orderId", "ord_1", "holdId", "h_2"));
    assertThat(decoded.get("payment_method_data"))
        .isEqualTo(Map.of("type", "card", "card", Map.of("number", "4242424242424242")));
  }

  @Test
  void empty_brackets_append_to_a_list_in_order() {
    assertThat(FormDecoder.decode("enabled_events[]=a&enabled_events[]=b").get("enabled_events"))
        .isEqualTo(List.of("a", "b"));
  }

  @Test
  void indexed_keys_read_as_a_list_in_index_order() {
    Params params =
        new Params(FormDecoder.decode("payment_method_types[1]=link&payment_method_types[0]=card"));

    assertThat(params.stringList("payment_method_types")).containsExactly("card", "link");
  }

  @Test
  void encoded_brackets_are_still_brackets() {
    assertThat(FormDecoder.decode("metadata%5BorderId%5D=ord_1").get("metadata"))
        .isEqualTo(Map.of("orderId", "ord_1"));
  }

  @Test
  void a_key_without_value_is_an_empty_string_which_stripe_uses_to_unset() {
    Params params = new Params(FormDecoder.decode("metadata=&description"));

    assertThat(params.sentEmpty("metadata")).isTrue();
    assertThat(params.string("description")).hasValue("");
  }

  @Test
  void a_name_used_both_as_value_and_as_hash_is_rejected() {
    assertThatThrownBy(() -> FormDecoder.decode("metadata=x&metadata[a]=b"))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).error().status()).isEqualTo(400));
  }

  @Test
  void malformed_brackets_and_escapes_are_rejected() {
    assertThatThrownBy(() -> FormDecoder.decode("metadata[a=b")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> FormDecoder.decode("a[b]c=1")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> FormDecoder.decode("[a]=1")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> FormDecoder.decode("amount=%ZZ")).isInstanceOf(ApiException.class);
  }

  @Test
  void nothing_decodes_to_nothing() {
    assertThat(FormDecoder.decode(null)).isEmpty();
    assertThat(FormDecoder.decode("")).isEmpty();
    assertThat(FormDecoder.decode("&&")).isEmpty();
  }
}
