package org.ticketgrid.app.catalog.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** A venue row; its sections are part of it, its seats are written in bulk by {@link SeatRows}. */
@Entity
@Table(name = "venues")
public class VenueEntity implements Persistable<UUID> {

    /** Ids are assigned by us, so Spring Data cannot tell new from loaded by the id alone. */
    @Transient
    private boolean isNew = true;

    @Id
    private UUID id;
    @Column(name = "owner_id")
    private UUID ownerId;
    private String name;
    private String address;
    private String city;
    private String country;
    private Double latitude;
    private Double longitude;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SectionEntity> sections = new ArrayList<>();

    protected VenueEntity() {
    }

    public VenueEntity(UUID id, UUID ownerId, String name, String address, String city, String country,
            Double latitude, Double longitude, String timeZone) {
        this.id = id;
        this.ownerId = ownerId;
        this.name = name;
        this.address = address;
        this.city = city;
        this.country = country;
        this.latitude = latitude;
        this.longitude = longitude;
        this.timeZone = timeZone;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public SectionEntity addSection(String sectionName, String kind, int capacity) {
        SectionEntity section = new SectionEntity(this, sectionName, kind, capacity, sections.size());
        sections.add(section);
        return section;
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

    public UUID getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<SectionEntity> getSections() {
        return sections;
    }
}
