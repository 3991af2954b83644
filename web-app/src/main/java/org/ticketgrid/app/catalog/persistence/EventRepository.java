package org.ticketgrid.app.catalog.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ticketgrid.app.catalog.EventStatus;

public interface EventRepository extends JpaRepository<EventEntity, UUID> {

    List<EventEntity> findByStatus(EventStatus status);

    /**
     * Events of one merchant ({@code merchantId} null: every merchant's, for admins), optionally
     * of one status and with a name containing {@code text}, soonest first.
     */
    @Query("""
            SELECT e FROM EventEntity e
             WHERE (:merchantId IS NULL OR e.merchantId = :merchantId)
               AND (:status IS NULL OR e.status = :status)
               AND (:text = '' OR LOWER(e.name) LIKE CONCAT('%', :text, '%'))
             ORDER BY e.startsAt DESC, e.id""")
    Page<EventEntity> search(@Param("merchantId") UUID merchantId, @Param("status") EventStatus status,
            @Param("text") String lowerCaseText, Pageable page);
}
