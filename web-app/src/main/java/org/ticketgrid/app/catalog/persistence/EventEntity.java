package org.ticketgrid.app.catalog.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Persistable;
import org.ticketgrid.app.catalog.EventStatus;

/** An event row with its ticket types. */
@Entity
@Table(name = "events")
public class EventEntity implements Persistable<UUID> {

    /** Ids are assigned by us, so Spring Data cannot tell new from loaded by the id alone. */
    @Transient
    private boolean isNew = true;

    @Id
    private UUID id;
    @Column(name = "merchant_id")
    private UUID merchantId;
    @Column(name = "venue_id")
    private UUID venueId;
    private String name;
    private String description;
    private String category;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "time_zone")
    private String timeZone;
    @Enumerated(EnumType.STRING)
    private EventStatus status;
    @Column(name = "high_demand")
    private boolean highDemand;
    @Column(name = "sales_open_at")
    private Instant salesOpenAt;
    @Column(name = "image_url")
    private String imageUrl;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TicketTypeEntity> ticketTypes = new ArrayList<>();

    protected EventEntity() {
    }

    public EventEntity(UUID id, UUID merchantId, UUID venueId, String name, String description, String category,
            Instant startsAt, Instant endsAt, String timeZone, boolean highDemand, Instant salesOpenAt,
            String imageUrl) {
        this.id = id;
        this.merchantId = merchantId;
        this.venueId = venueId;
        this.name = name;
        this.description = description;
        this.category = category;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = timeZone;
        this.highDemand = highDemand;
        this.salesOpenAt = salesOpenAt;
        this.imageUrl = imageUrl;
        this.status = EventStatus.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public TicketTypeEntity addTicketType(UUID ticketTypeId, String typeName, long priceCents, String currency) {
        TicketTypeEntity type = new TicketTypeEntity(ticketTypeId, this, typeName, priceCents, currency,
                ticketTypes.size());
        ticketTypes.add(type);
        return type;
    }

    /** What can change of any event that is not over: how it is described, and when it is. */
    public void describe(String newName, String newDescription, String newImageUrl, Instant newStartsAt,
            Instant newEndsAt) {
        this.name = newName;
        this.description = newDescription;
        this.imageUrl = newImageUrl;
        this.startsAt = newStartsAt;
        this.endsAt = newEndsAt;
        this.updatedAt = Instant.now();
    }

    /** What changes the terms of sale: only for a draft (see {@code EditEvent}). */
    public void changeTerms(String newCategory, String newTimeZone, boolean newHighDemand, Instant newSalesOpenAt) {
        this.category = newCategory;
        this.timeZone = newTimeZone;
        this.highDemand = newHighDemand;
        this.salesOpenAt = newSalesOpenAt;
        this.updatedAt = Instant.now();
    }

    public void changeStatus(EventStatus next) {
        this.status = next;
        this.updatedAt = Instant.now();
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        isNew = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getMerchantId() {
        return merchantId;
    }

    public UUID getVenueId() {
        return venueId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public EventStatus getStatus() {
        return status;
    }

    public boolean isHighDemand() {
        return highDemand;
    }

    public Instant getSalesOpenAt() {
        return salesOpenAt;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<TicketTypeEntity> getTicketTypes() {
        return ticketTypes;
    }
}
