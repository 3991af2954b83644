package org.ticketgrid.app.accounts.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ticketgrid.app.accounts.Role;

/** What a token entry in the grid says about its account, in the new form and the old. */
class AccessTokenOwnerTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void theEntryCarriesIdRoleAndAddress() {
        var owner = new AccessTokens.Owner(id, Role.MERCHANT, "max|pipe@example.test");
        var parsed = AccessTokens.Owner.parse(owner.format());
        assertThat(parsed).isEqualTo(owner);
        assertThat(parsed.complete()).isTrue();
    }

    @Test
    void anEntryOfTheOldFormIsJustTheIdAndNeedsTheAccountRead() {
        var parsed = AccessTokens.Owner.parse(id.toString());
        assertThat(parsed.userId()).isEqualTo(id);
        assertThat(parsed.complete()).isFalse();
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> AccessTokens.Owner.parse("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessTokens.Owner.parse(id + "|NOBODY|x@example.test"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
