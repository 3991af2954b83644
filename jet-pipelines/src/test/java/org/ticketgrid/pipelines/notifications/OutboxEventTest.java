package org.ticketgrid.pipelines.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ticketgrid.notifications.NotificationKind;

class OutboxEventTest {

    @Test
    void readsTheInsertedRowAsDebeziumDeliversIt() {
        UUID id = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        OutboxEvent e = OutboxEvent.parse("{\"before\":null,\"after\":{\"id\":\"" + id + "\",\"kind\":\"REFUNDED\","
                + "\"account_id\":\"" + account + "\",\"subject_id\":\"r-1\",\"payload\":\"{\\\"orderId\\\":\\\"o-1\\\","
                + "\\\"accountIds\\\":[\\\"a\\\",\\\"b\\\"]}\",\"created_at\":\"2026-01-01T00:00:00Z\"},"
                + "\"source\":{\"table\":\"notification_outbox\",\"lsn\":1},\"op\":\"c\"}");
        assertThat(e).isEqualTo(new OutboxEvent(id, NotificationKind.REFUNDED, account, "r-1",
                "{\"orderId\":\"o-1\",\"accountIds\":[\"a\",\"b\"]}"));
        assertThat(e.field("orderId")).isEqualTo("o-1");
        assertThat(e.list("accountIds")).containsExactly("a", "b");
        assertThat(e.field("missing")).isNull();
    }

    @Test
    void ignoresWhatIsNotTheInsertOfAKnownKind() {
        assertThat(OutboxEvent.parse(null)).isNull();
        assertThat(OutboxEvent.parse("{")).isNull();
        assertThat(OutboxEvent.parse("{\"op\":\"d\",\"before\":{\"id\":\"" + UUID.randomUUID() + "\"}}")).isNull();
        assertThat(OutboxEvent.parse("{\"op\":\"c\",\"after\":{\"id\":\"" + UUID.randomUUID()
                + "\",\"kind\":\"SOMETHING_NEW\",\"subject_id\":\"x\"}}")).isNull();
        assertThat(OutboxEvent.parse("{\"op\":\"c\",\"after\":{\"id\":\"not-a-uuid\",\"kind\":\"REFUNDED\"}}"))
                .isNull();
    }

    @Test
    void theNotificationIdOfAnEventAndARecipientNeverChanges() {
        UUID event = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        assertThat(Notification.idOf(event, a)).isEqualTo(Notification.idOf(event, a))
                .isNotEqualTo(Notification.idOf(event, UUID.randomUUID()));
    }

    @Test
    void backoffDoublesUpToItsCapAndEndsAfterTheLastAttempt() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 5);
        assertThat(p.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.delayAfter(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(p.delayAfter(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.delayAfter(60)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.exhausted(4)).isFalse();
        assertThat(p.exhausted(5)).isTrue();
    }

    @Test
    void anExpiredCheckoutIsWorthAnInAppLineButNoMail() {
        UUID id = UUID.randomUUID();
        OutboxEvent expired = new OutboxEvent(id, NotificationKind.ORDER_CANCELLED, UUID.randomUUID(), "abcdef12-x",
                "{\"status\":\"EXPIRED\",\"reason\":\"hold-expired\",\"eventId\":\"e\"}");
        var text = NotificationTexts.of(expired, e -> "Gig");
        assertThat(text.title()).isEqualTo("Your order for Gig expired");
        assertThat(text.mailed()).isFalse();
        OutboxEvent lost = new OutboxEvent(id, NotificationKind.ORDER_CANCELLED, UUID.randomUUID(), "abcdef12-x",
                "{\"status\":\"CANCELLED\",\"reason\":\"seats-lost\",\"eventId\":\"e\"}");
        assertThat(NotificationTexts.of(lost, e -> "Gig").mailed()).isTrue();
    }

    @Test
    void mailAmountsUseTheCurrencysDigitsAndHtmlIsEscaped() {
        assertThat(JdbcMailComposer.money(9000, "EUR")).isEqualTo("90.00 EUR");
        assertThat(JdbcMailComposer.money(500, "jpy")).isEqualTo("500 JPY");
        var mail = MailTemplates.simple("a@b.c", "<Gig>", "Ann & Bob", "line <b>", "http://x/e", "http://x/u");
        assertThat(mail.html()).contains("&lt;Gig&gt;").doesNotContain("<b>");
        assertThat(mail.text()).contains("line <b>").contains("Stop these mails: http://x/u");
    }
}
