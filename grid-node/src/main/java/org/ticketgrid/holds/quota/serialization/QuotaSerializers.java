package org.ticketgrid.holds.quota.serialization;

import static org.ticketgrid.platform.CompactSerializers.of;

import com.hazelcast.nio.serialization.compact.CompactSerializer;
import java.util.List;
import org.ticketgrid.holds.ep.RemoveOwnHoldProcessor;
import org.ticketgrid.holds.quota.ep.ChangeQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReleaseQuotaProcessor;
import org.ticketgrid.holds.quota.ep.ReserveQuotaProcessor;
import org.ticketgrid.holds.quota.HoldQuota;
import org.ticketgrid.holds.quota.QuotaKey;
import org.ticketgrid.holds.quota.QuotaOutcome;

/**
 * Explicit Compact serializers of the quota types and of {@link RemoveOwnHoldProcessor}; the type
 * and field names here are the wire format.
 */
public final class QuotaSerializers {

    private QuotaSerializers() {
    }

    public static List<CompactSerializer<?>> all() {
        return List.of(
                of("tg.QuotaKey", QuotaKey.class,
                        in -> new QuotaKey(in.readString("eventId"), in.readString("accountId")),
                        (out, k) -> {
                            out.writeString("eventId", k.eventId());
                            out.writeString("accountId", k.accountId());
                        }),
                of("tg.HoldQuota", HoldQuota.class,
                        in -> new HoldQuota(in.readArrayOfInt64("holdIds"), in.readArrayOfInt32("seats"),
                                in.readArrayOfInt64("until")),
                        (out, q) -> {
                            out.writeArrayOfInt64("holdIds", HoldQuota.Raw.holdIds(q));
                            out.writeArrayOfInt32("seats", HoldQuota.Raw.seats(q));
                            out.writeArrayOfInt64("until", HoldQuota.Raw.until(q));
                        }),
                of("tg.QuotaOutcome", QuotaOutcome.class,
                        in -> new QuotaOutcome(in.readBoolean("granted"), in.readInt32("used")),
                        (out, o) -> {
                            out.writeBoolean("granted", o.granted());
                            out.writeInt32("used", o.used());
                        }),
                of("tg.ReserveQuota", ReserveQuotaProcessor.class,
                        in -> new ReserveQuotaProcessor(in.readInt64("holdId"), in.readInt32("seats"),
                                in.readInt32("limit"), in.readInt64("now"), in.readInt64("until")),
                        (out, p) -> {
                            out.writeInt64("holdId", p.holdId());
                            out.writeInt32("seats", p.seats());
                            out.writeInt32("limit", p.limit());
                            out.writeInt64("now", p.now());
                            out.writeInt64("until", p.until());
                        }),
                of("tg.ReleaseQuota", ReleaseQuotaProcessor.class,
                        in -> new ReleaseQuotaProcessor(in.readInt64("holdId"), in.readInt64("now"),
                                in.readBoolean("refund")),
                        (out, p) -> {
                            out.writeInt64("holdId", p.holdId());
                            out.writeInt64("now", p.now());
                            out.writeBoolean("refund", p.refund());
                        }),
                of("tg.ChangeQuota", ChangeQuotaProcessor.class,
                        in -> new ChangeQuotaProcessor(in.readInt64("holdId"), in.readInt64("until"),
                                in.readInt64("now")),
                        (out, p) -> {
                            out.writeInt64("holdId", p.holdId());
                            out.writeInt64("until", p.until());
                            out.writeInt64("now", p.now());
                        }),
                of("tg.RemoveOwnHold", RemoveOwnHoldProcessor.class,
                        in -> new RemoveOwnHoldProcessor(in.readString("accountId")),
                        (out, p) -> out.writeString("accountId", p.accountId())));
    }
}
