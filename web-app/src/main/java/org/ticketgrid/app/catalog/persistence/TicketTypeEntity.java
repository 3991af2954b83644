package org.ticketgrid.app.catalog.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A ticket type of an event: a name and a price for one or more sections. */
@Entity
@Table(name = "ticket_types")
public class TicketTypeEntity {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private EventEntity event;
    private String name;
    @Column(name = "price_cents")
    private long priceCents;
    private String currency;
    private int position;

    protected TicketTypeEntity() {
    }

    TicketTypeEntity(UUID id, EventEntity event, String name, long priceCents, String currency, int position) {
        this.id = id;
        this.event = event;
        this.name = name;
        this.priceCents = priceCents;
        this.currency = currency;
        this.position = position;
    }

    /** A new name and price: only for a draft's ticket types (see {@code EditEvent}). */
    public void reprice(String newName, long newPriceCents) {
        this.name = newName;
        this.priceCents = newPriceCents;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getPriceCents() {
        return priceCents;
    }

    public String getCurrency() {
        return currency;
    }
}
