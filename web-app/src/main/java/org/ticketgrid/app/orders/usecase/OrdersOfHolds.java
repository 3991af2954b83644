package org.ticketgrid.app.orders.usecase;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.ticketgrid.app.holds.HoldPurchases;
import org.ticketgrid.app.orders.OrderStatus;
import org.ticketgrid.app.orders.persistence.Orders;

/**
 * Tells the holds feature which holds became orders: one indexed read ({@code orders.hold_id} is
 * unique). Expired and cancelled orders do not count: their hold is over anyway.
 */
@Service
class OrdersOfHolds implements HoldPurchases {

    private final Orders orders;

    OrdersOfHolds(Orders orders) {
        this.orders = orders;
    }

    @Override
    public Optional<Purchase> of(long holdId) {
        return orders.byHold(holdId)
                .filter(order -> order.status() == OrderStatus.PENDING_PAYMENT || order.status().isRefundable()
                        || order.status() == OrderStatus.REFUNDED)
                .map(order -> new Purchase(order.id(), order.status() != OrderStatus.PENDING_PAYMENT));
    }
}
