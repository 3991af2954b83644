package org.ticketgrid.sandbox.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestCardsTest {

  @Test
  void the_documented_numbers_carry_their_scripted_outcome() {
    assertThat(TestCards.byNumber("4242 4242 4242 4242").orElseThrow().scriptedDecline()).isEmpty();
    assertThat(TestCards.byNumber("4000000000000002").orElseThrow().decline().declineCode())
        .isEqualTo("generic_decline");
    assertThat(TestCards.byToken("pm_card_chargeDeclinedInsufficientFunds").orElseThrow().decline())
        .isEqualTo(TestCards.INSUFFICIENT_FUNDS);
  }

  @Test
  void any_other_luhn_valid_number_is_an_approved_card_and_others_are_rejected() {
    assertThat(TestCards.byNumber("4111111111111111"))
        .hasValueSatisfying(card -> assertThat(card.last4()).isEqualTo("1111"));
    assertThat(TestCards.byNumber("4111111111111112")).isEmpty();
    assertThat(TestCards.byNumber("not a number")).isEmpty();
  }

  @Test
  void unknown_tokens_are_not_cards() {
    assertThat(TestCards.byToken("pm_card_nonsense")).isEmpty();
  }
}
