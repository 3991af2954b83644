package org.ticketgrid.app.catalog.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.ticketgrid.app.catalog.EventStatus;

public interface EventRepository extends JpaRepository<EventEntity, UUID> {

    List<EventEntity> findByStatus(EventStatus status);
}
