-- Seat inventory persistence: what the grid needs to rebuild itself after a full restart.
--
-- * inventory_sections: write-behind snapshot of each (event, section) entry of the grid's
--   inventory map. Only live holds are taken from it on reload; sold seats always come from
--   tickets, which is written through in the payment transaction.
-- * holds: write-behind copy of the grid's holds map (live holds only).
-- * tickets: one row per seat sold; the partial unique index is the last line of defence against
--   double booking, whatever happens in the grid.

CREATE TABLE inventory_sections (
    event_id   uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    section_id bigint      NOT NULL REFERENCES venue_sections (id),
    stripe     integer     NOT NULL CHECK (stripe >= 0),
    capacity   integer     NOT NULL CHECK (capacity > 0),
    states     bytea       NOT NULL,
    hold_until bytea       NOT NULL,
    hold_ids   bytea       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, section_id, stripe)
);

CREATE TABLE holds (
    id          bigint PRIMARY KEY,
    event_id    uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    account_id  text        NOT NULL,
    seat_ids    bigint[]    NOT NULL,
    total_cents bigint      NOT NULL,
    currency    char(3)     NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX holds_event_account_idx ON holds (event_id, account_id);

CREATE TABLE orders (
    id          uuid PRIMARY KEY,
    event_id    uuid        NOT NULL REFERENCES events (id),
    account_id  text        NOT NULL,
    hold_id     bigint      NOT NULL,
    status      text        NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED')),
    total_cents bigint      NOT NULL CHECK (total_cents >= 0),
    currency    char(3)     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX orders_hold_uq ON orders (hold_id);
CREATE INDEX orders_account_idx ON orders (account_id, created_at DESC);

CREATE TABLE tickets (
    id          uuid PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES orders (id),
    event_id    uuid        NOT NULL REFERENCES events (id),
    section_id  bigint      NOT NULL,
    seat_id     bigint      NOT NULL,
    status      text        NOT NULL CHECK (status IN ('VALID', 'VOID')),
    price_cents bigint      NOT NULL CHECK (price_cents >= 0),
    code        text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);
-- A seat is sold to at most one valid ticket, ever.
CREATE UNIQUE INDEX tickets_valid_seat_uq ON tickets (event_id, seat_id) WHERE status = 'VALID';
CREATE INDEX tickets_order_idx ON tickets (order_id);
