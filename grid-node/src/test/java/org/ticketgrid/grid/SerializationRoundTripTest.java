package org.ticketgrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.SerializationConfig;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.internal.serialization.impl.compact.Schema;
import com.hazelcast.internal.serialization.impl.compact.SchemaService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.ticketgrid.holds.Hold;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;
import org.ticketgrid.holds.quota.QuotaOutcome;
import org.ticketgrid.holds.quota.ep.ChangeQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReleaseQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReserveQuotaProcessor;
import org.ticketgrid.inventory.HoldOutcome;
import org.ticketgrid.inventory.SeatState;
import org.ticketgrid.inventory.SectionInventory;
import org.ticketgrid.inventory.SectionKey;
import org.ticketgrid.inventory.ep.ConfirmSeatsProcessor;
import org.ticketgrid.inventory.ep.ExtendHoldProcessor;
import org.ticketgrid.inventory.ep.HoldAnyProcessor;
import org.ticketgrid.inventory.ep.HoldSeatsProcessor;
import org.ticketgrid.inventory.ep.RevokeSeatsProcessor;
import org.ticketgrid.inventory.ep.ReleaseSeatsProcessor;
import org.ticketgrid.inventory.ep.SeatStatesProcessor;

/** Every type that crosses the wire survives Compact serialization with the registered serializers. */
class SerializationRoundTripTest {

    /** Schemas kept in memory, as a member's schema service would keep them. */
    private static final class InMemorySchemas implements SchemaService {
        private final Map<Long, Schema> schemas = new ConcurrentHashMap<>();

        @Override
        public Schema get(long id) {
            return schemas.get(id);
        }

        @Override
        public void put(Schema schema) {
            schemas.put(schema.getSchemaId(), schema);
        }

        @Override
        public void putLocal(Schema schema) {
            put(schema);
        }
    }

    private final InternalSerializationService serialization = new DefaultSerializationServiceBuilder()
            .setSchemaService(new InMemorySchemas())
            .setConfig(GridSerialization.register(new SerializationConfig())).build();

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T value) {
        Data data = serialization.toData(value);
        return (T) serialization.toObject(data);
    }

    @Test
    void inventoryKeepsEverySeatState() {
        SectionInventory inventory = SectionInventory.available(5);
        inventory.hold(new int[] {1, 3}, 42, 10, 1_000);
        SectionInventory copy = roundTrip(inventory);
        assertThat(copy.capacity()).isEqualTo(5);
        assertThat(copy.stateOf(1, 500)).isEqualTo(SeatState.RESERVED);
        assertThat(copy.stateOf(2, 500)).isEqualTo(SeatState.AVAILABLE);
        assertThat(copy.release(42, new int[] {3})).as("hold ids survive").isOne();
    }

    @Test
    void keysOutcomesHoldsAndProcessorsRoundTrip() {
        assertThat(roundTrip(new SectionKey("event-1", 77))).isEqualTo(new SectionKey("event-1", 77));
        assertThat(roundTrip(HoldOutcome.taken(new int[] {4, 9}))).isEqualTo(HoldOutcome.taken(new int[] {4, 9}));
        Hold hold = new Hold(99, "event-1", "account-1", new long[] {1L << 20, (1L << 20) + 1}, 9000, "EUR", 5, 10);
        assertThat(roundTrip(hold)).isEqualTo(hold);

        HoldSeatsProcessor holdSeats = roundTrip(new HoldSeatsProcessor(new int[] {1, 2}, 7, 100, 200));
        assertThat(holdSeats.seats()).containsExactly(1, 2);
        assertThat(holdSeats.holdId()).isEqualTo(7);
        assertThat(holdSeats.now()).isEqualTo(100);
        assertThat(holdSeats.until()).isEqualTo(200);
        assertThat(roundTrip(new ReleaseSeatsProcessor(new int[] {3}, 7)).seats()).containsExactly(3);
        assertThat(roundTrip(new SeatStatesProcessor(123)).now()).isEqualTo(123);
        assertThat(roundTrip(new SectionKey("event-1", 77, 3)).stripe()).isEqualTo(3);
        HoldAnyProcessor any = roundTrip(new HoldAnyProcessor(4, 8, 100, 200));
        assertThat(any).isEqualTo(new HoldAnyProcessor(4, 8, 100, 200));
        assertThat(roundTrip(new ConfirmSeatsProcessor(new int[] {5, 6}, 9)).seats()).containsExactly(5, 6);
        assertThat(roundTrip(new RevokeSeatsProcessor(new int[] {7}, 9)).holdId()).isEqualTo(9);
        ExtendHoldProcessor extend = roundTrip(new ExtendHoldProcessor(new int[] {1}, 9, 500));
        assertThat(extend.until()).isEqualTo(500);
        assertThat(extend.seats()).containsExactly(1);
    }

    @Test
    void quotaTypesRoundTrip() {
        assertThat(roundTrip(new QuotaKey("event-1", "account-1"))).isEqualTo(new QuotaKey("event-1", "account-1"));
        HoldQuota quota = HoldQuota.empty().reserve(5, 3, 8, 0, 100).next().reserve(6, 2, 8, 0, 200).next()
                .confirm(6);
        assertThat(roundTrip(quota)).isEqualTo(quota);
        assertThat(roundTrip(quota).used(150)).isEqualTo(2);
        assertThat(roundTrip(new QuotaOutcome(false, 7))).isEqualTo(new QuotaOutcome(false, 7));
        assertThat(roundTrip(new ReserveQuotaProcessor(1, 2, 8, 3, 4))).isEqualTo(new ReserveQuotaProcessor(1, 2, 8, 3, 4));
        assertThat(roundTrip(new ReleaseQuotaProcessor(1, 2, true))).isEqualTo(new ReleaseQuotaProcessor(1, 2, true));
        assertThat(roundTrip(ChangeQuotaProcessor.confirm(1, 2))).isEqualTo(ChangeQuotaProcessor.confirm(1, 2));
        assertThat(roundTrip(new org.ticketgrid.holds.ep.RemoveOwnHoldProcessor("a-1")).accountId()).isEqualTo("a-1");
    }
}
