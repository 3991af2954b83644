package org.ticketgrid.waitingroom.serialization;

import static org.ticketgrid.platform.CompactSerializers.of;

import com.hazelcast.nio.serialization.compact.CompactSerializer;
import java.util.List;
import org.ticketgrid.waitingroom.EventQueue;
import org.ticketgrid.waitingroom.QueueNumber;
import org.ticketgrid.waitingroom.QueuePlaceKey;
import org.ticketgrid.waitingroom.QueueState;
import org.ticketgrid.waitingroom.QueueTicket;
import org.ticketgrid.waitingroom.QueueTicketKey;
import org.ticketgrid.waitingroom.ep.AdmitTicketProcessor;
import org.ticketgrid.waitingroom.ep.AdvanceProcessor;
import org.ticketgrid.waitingroom.ep.ClaimPlaceProcessor;
import org.ticketgrid.waitingroom.ep.DrawProcessor;
import org.ticketgrid.waitingroom.ep.ExpireTicketProcessor;
import org.ticketgrid.waitingroom.ep.LeaseProcessor;
import org.ticketgrid.waitingroom.ep.LeaveTicketProcessor;
import org.ticketgrid.waitingroom.ep.SeenTicketProcessor;
import org.ticketgrid.waitingroom.ep.SoldOutProcessor;
import org.ticketgrid.waitingroom.ep.TakeNumberProcessor;
import org.ticketgrid.waitingroom.ep.UseTicketProcessor;

/** Every Compact serializer of the waiting room (type names prefixed {@code wr.}). */
public final class WaitingRoomSerializers {

    private WaitingRoomSerializers() {
    }

    public static List<CompactSerializer<?>> all() {
        return List.of(values(), keys(), placeKey(), number(), ticket(), take(), draw(), lease(), advance(), soldOut(),
                admit(), expire(), seen(), leave(), use(), claim());
    }

    private static CompactSerializer<EventQueue> values() {
        return of("wr.EventQueue", EventQueue.class,
                in -> new EventQueue(in.readInt64("issued"), in.readInt64("prequeue"),
                        in.readBoolean("prequeueClosed"), in.readInt64("served"), in.readInt64("seed"),
                        in.readInt64("drawnAt"), in.readBoolean("soldOut"), in.readInt64("reopenedAt"),
                        in.readInt64("admitted"), in.readInt64("expired"), in.readString("leaseOwner"),
                        in.readInt64("leaseUntil"), in.readArrayOfInt64("outstanding")),
                (out, q) -> {
                    out.writeInt64("issued", q.issued());
                    out.writeInt64("prequeue", q.prequeue());
                    out.writeBoolean("prequeueClosed", q.prequeueClosed());
                    out.writeInt64("served", q.served());
                    out.writeInt64("seed", q.seed());
                    out.writeInt64("drawnAt", q.drawnAt());
                    out.writeBoolean("soldOut", q.soldOut());
                    out.writeInt64("reopenedAt", q.reopenedAt());
                    out.writeInt64("admitted", q.admitted());
                    out.writeInt64("expired", q.expired());
                    out.writeString("leaseOwner", q.leaseOwner());
                    out.writeInt64("leaseUntil", q.leaseUntil());
                    out.writeArrayOfInt64("outstanding", q.outstanding());
                });
    }

    private static CompactSerializer<QueueTicketKey> keys() {
        return of("wr.QueueTicketKey", QueueTicketKey.class,
                in -> new QueueTicketKey(in.readString("eventId"), in.readInt64("number")),
                (out, k) -> {
                    out.writeString("eventId", k.eventId());
                    out.writeInt64("number", k.number());
                });
    }

    private static CompactSerializer<QueuePlaceKey> placeKey() {
        return of("wr.QueuePlaceKey", QueuePlaceKey.class,
                in -> new QueuePlaceKey(in.readString("eventId"), in.readString("accountId")),
                (out, k) -> {
                    out.writeString("eventId", k.eventId());
                    out.writeString("accountId", k.accountId());
                });
    }

    private static CompactSerializer<QueueNumber> number() {
        return of("wr.QueueNumber", QueueNumber.class,
                in -> new QueueNumber(in.readInt64("number"), in.readBoolean("prequeue"), in.readBoolean("soldOut")),
                (out, n) -> {
                    out.writeInt64("number", n.number());
                    out.writeBoolean("prequeue", n.prequeue());
                    out.writeBoolean("soldOut", n.soldOut());
                });
    }

    static CompactSerializer<QueueTicket> ticket() {
        return of("wr.QueueTicket", QueueTicket.class,
                in -> new QueueTicket(in.readString("eventId"), in.readString("accountId"), in.readInt64("number"),
                        QueueState.valueOf(in.readString("state")), in.readInt64("joinedAt"),
                        in.readInt64("lastSeenAt"), in.readInt64("admittedUntil"), in.readBoolean("used")),
                (out, t) -> {
                    out.writeString("eventId", t.eventId());
                    out.writeString("accountId", t.accountId());
                    out.writeInt64("number", t.number());
                    out.writeString("state", t.state().name());
                    out.writeInt64("joinedAt", t.joinedAt());
                    out.writeInt64("lastSeenAt", t.lastSeenAt());
                    out.writeInt64("admittedUntil", t.admittedUntil());
                    out.writeBoolean("used", t.used());
                });
    }

    private static CompactSerializer<TakeNumberProcessor> take() {
        return of("wr.TakeNumber", TakeNumberProcessor.class,
                in -> new TakeNumberProcessor(in.readInt64("now"), in.readInt64("salesOpenAt")),
                (out, p) -> {
                    out.writeInt64("now", p.now());
                    out.writeInt64("salesOpenAt", p.salesOpenAt());
                });
    }

    private static CompactSerializer<DrawProcessor> draw() {
        return of("wr.Draw", DrawProcessor.class, in -> new DrawProcessor(in.readInt64("seed"), in.readInt64("now")),
                (out, p) -> {
                    out.writeInt64("seed", p.seed());
                    out.writeInt64("now", p.now());
                });
    }

    private static CompactSerializer<LeaseProcessor> lease() {
        return of("wr.Lease", LeaseProcessor.class,
                in -> new LeaseProcessor(in.readString("owner"), in.readInt64("now"), in.readInt64("ttlMillis")),
                (out, p) -> {
                    out.writeString("owner", p.owner());
                    out.writeInt64("now", p.now());
                    out.writeInt64("ttlMillis", p.ttlMillis());
                });
    }

    private static CompactSerializer<AdvanceProcessor> advance() {
        return of("wr.Advance", AdvanceProcessor.class,
                in -> new AdvanceProcessor(in.readString("owner"), in.readInt64("now"), in.readInt64("fromServed"),
                        in.readInt64("toServed"), in.readArrayOfInt64("admitted"), in.readArrayOfInt64("resolved"),
                        in.readInt32("lapsed")),
                (out, p) -> {
                    out.writeString("owner", p.owner());
                    out.writeInt64("now", p.now());
                    out.writeInt64("fromServed", p.fromServed());
                    out.writeInt64("toServed", p.toServed());
                    out.writeArrayOfInt64("admitted", p.admitted());
                    out.writeArrayOfInt64("resolved", p.resolved());
                    out.writeInt32("lapsed", p.lapsed());
                });
    }

    private static CompactSerializer<SoldOutProcessor> soldOut() {
        return of("wr.SoldOut", SoldOutProcessor.class,
                in -> new SoldOutProcessor(in.readBoolean("soldOut"), in.readInt64("now")),
                (out, p) -> {
                    out.writeBoolean("soldOut", p.soldOut());
                    out.writeInt64("now", p.now());
                });
    }

    private static CompactSerializer<AdmitTicketProcessor> admit() {
        return of("wr.AdmitTicket", AdmitTicketProcessor.class,
                in -> new AdmitTicketProcessor(in.readInt64("now"), in.readInt64("until"), in.readInt64("lapseMillis")),
                (out, p) -> {
                    out.writeInt64("now", p.now());
                    out.writeInt64("until", p.until());
                    out.writeInt64("lapseMillis", p.lapseMillis());
                });
    }

    private static CompactSerializer<ExpireTicketProcessor> expire() {
        return of("wr.ExpireTicket", ExpireTicketProcessor.class,
                in -> new ExpireTicketProcessor(in.readInt64("now"), in.readInt64("lapseMillis")),
                (out, p) -> {
                    out.writeInt64("now", p.now());
                    out.writeInt64("lapseMillis", p.lapseMillis());
                });
    }

    private static CompactSerializer<SeenTicketProcessor> seen() {
        return of("wr.SeenTicket", SeenTicketProcessor.class,
                in -> new SeenTicketProcessor(in.readInt64("now"), in.readInt64("lapseMillis"),
                        in.readInt64("refreshMillis")),
                (out, p) -> {
                    out.writeInt64("now", p.now());
                    out.writeInt64("lapseMillis", p.lapseMillis());
                    out.writeInt64("refreshMillis", p.refreshMillis());
                });
    }

    private static CompactSerializer<LeaveTicketProcessor> leave() {
        return of("wr.LeaveTicket", LeaveTicketProcessor.class,
                in -> new LeaveTicketProcessor(in.readString("accountId")),
                (out, p) -> out.writeString("accountId", p.accountId()));
    }

    private static CompactSerializer<UseTicketProcessor> use() {
        return of("wr.UseTicket", UseTicketProcessor.class,
                in -> new UseTicketProcessor(in.readString("accountId"), in.readInt64("now")),
                (out, p) -> {
                    out.writeString("accountId", p.accountId());
                    out.writeInt64("now", p.now());
                });
    }

    private static CompactSerializer<ClaimPlaceProcessor> claim() {
        return of("wr.ClaimPlace", ClaimPlaceProcessor.class,
                in -> new ClaimPlaceProcessor(in.readInt64("number"), in.readInt64("replacing")),
                (out, p) -> {
                    out.writeInt64("number", p.number());
                    out.writeInt64("replacing", p.replacing());
                });
    }
}
