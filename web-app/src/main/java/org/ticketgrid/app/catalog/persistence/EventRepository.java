package org.ticketgrid.app.catalog.persistence;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.ticketgrid.app.catalog.EventStatus;

public interface EventRepository extends JpaRepository<EventEntity, UUID> {

    List<EventEntity> findByStatus(EventStatus status);

    /**
     * The event, its row locked until the transaction ends: status changes and edits of one event
     * queue up, so the second of two concurrent publishes sees PUBLISHED and is refused (409)
     * instead of failing on the optimistic version check.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT e FROM EventEntity e WHERE e.id = :id")
    Optional<EventEntity> findForUpdate(@Param("id") UUID id);

    /**
     * Events of one merchant ({@code merchantId} null: every merchant's, for admins), optionally
     * of one status and with a name containing {@code text}, soonest first.
     */
    @Query("""
            SELECT e FROM EventEntity e
             WHERE (:merchantId IS NULL OR e.merchantId = :merchantId)
               AND (:status IS NULL OR e.status = :status)
               AND (:text = '' OR LOWER(e.name) LIKE CONCAT('%', :text, '%'))
             ORDER BY e.startsAt, e.id""")
    Page<EventEntity> search(@Param("merchantId") UUID merchantId, @Param("status") EventStatus status,
            @Param("text") String lowerCaseText, Pageable page);
}
