package org.ticketgrid.app.catalog.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VenueRepository extends JpaRepository<VenueEntity, UUID> {

    /** The venues a merchant may sell at: their own and those without an owner; all for admins (null). */
    @Query("""
            SELECT v FROM VenueEntity v
             WHERE :ownerId IS NULL OR v.ownerId = :ownerId OR v.ownerId IS NULL
             ORDER BY v.name""")
    List<VenueEntity> usableBy(@Param("ownerId") UUID ownerId);

    boolean existsByOwnerIdAndName(UUID ownerId, String name);
}
