package org.ticketgrid.app.catalog.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A section of a venue: seated (rows of seats) or general admission (a capacity). */
@Entity
@Table(name = "venue_sections")
public class SectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_ids")
    @SequenceGenerator(name = "section_ids", sequenceName = "venue_sections_id_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id")
    private VenueEntity venue;

    private String name;
    private String kind;
    private int capacity;
    private int position;

    protected SectionEntity() {
    }

    SectionEntity(VenueEntity venue, String name, String kind, int capacity, int position) {
        this.venue = venue;
        this.name = name;
        this.kind = kind;
        this.capacity = capacity;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public boolean isGeneralAdmission() {
        return "GENERAL_ADMISSION".equals(kind);
    }

    public int getCapacity() {
        return capacity;
    }

    public int getPosition() {
        return position;
    }
}
