-- TicketGrid catalog: accounts, venues with seat layouts, events and ticket types.
-- Times are timestamptz (UTC); money is bigint minor units plus an ISO-4217 currency.

CREATE TABLE users (
    id            uuid PRIMARY KEY,
    email         text        NOT NULL,
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('CUSTOMER', 'MERCHANT', 'ADMIN')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
-- One account per address whatever its case.
CREATE UNIQUE INDEX users_email_uq ON users (lower(email));

CREATE TABLE venues (
    id         uuid PRIMARY KEY,
    owner_id   uuid REFERENCES users (id),
    name       text             NOT NULL,
    address    text             NOT NULL,
    city       text             NOT NULL,
    country    char(2)          NOT NULL,
    latitude   double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude  double precision CHECK (longitude BETWEEN -180 AND 180),
    time_zone  text             NOT NULL DEFAULT 'UTC',
    created_at timestamptz      NOT NULL DEFAULT now(),
    updated_at timestamptz      NOT NULL DEFAULT now()
);

-- Section ids come from a sequence: a seat id is (section id << 20) | seat index, so the grid
-- routes a seat to its inventory entry without a lookup (see SeatId in grid-node).
CREATE SEQUENCE venue_sections_id_seq;
CREATE TABLE venue_sections (
    id       bigint PRIMARY KEY DEFAULT nextval('venue_sections_id_seq'),
    venue_id uuid    NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    name     text    NOT NULL,
    kind     text    NOT NULL CHECK (kind IN ('SEATED', 'GENERAL_ADMISSION')),
    capacity integer NOT NULL CHECK (capacity > 0 AND capacity < 1048576),
    position integer NOT NULL,
    UNIQUE (venue_id, name)
);
ALTER SEQUENCE venue_sections_id_seq OWNED BY venue_sections.id;

CREATE TABLE seats (
    id         bigint PRIMARY KEY,
    section_id bigint  NOT NULL REFERENCES venue_sections (id) ON DELETE CASCADE,
    seat_index integer NOT NULL,
    row_label  text    NOT NULL,
    number     integer NOT NULL,
    x          real    NOT NULL,
    y          real    NOT NULL,
    UNIQUE (section_id, seat_index),
    UNIQUE (section_id, row_label, number)
);

CREATE TABLE events (
    id            uuid PRIMARY KEY,
    merchant_id   uuid REFERENCES users (id),
    venue_id      uuid        NOT NULL REFERENCES venues (id),
    name          text        NOT NULL,
    description   text        NOT NULL DEFAULT '',
    category      text        NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    time_zone     text        NOT NULL DEFAULT 'UTC',
    status        text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED', 'ENDED')),
    high_demand   boolean     NOT NULL DEFAULT false,
    sales_open_at timestamptz,
    image_url     text,
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
CREATE INDEX events_merchant_idx ON events (merchant_id);
CREATE INDEX events_starts_at_idx ON events (starts_at) WHERE status = 'PUBLISHED';

CREATE TABLE ticket_types (
    id          uuid PRIMARY KEY,
    event_id    uuid    NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    name        text    NOT NULL,
    price_cents bigint  NOT NULL CHECK (price_cents >= 0),
    currency    char(3) NOT NULL,
    position    integer NOT NULL,
    UNIQUE (event_id, name)
);

-- Which ticket type prices which section of the event's venue: one type per section and event.
CREATE TABLE ticket_type_sections (
    event_id       uuid   NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    section_id     bigint NOT NULL REFERENCES venue_sections (id),
    ticket_type_id uuid   NOT NULL REFERENCES ticket_types (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, section_id)
);

-- A deleted ticket type must still name its event in the change stream, so the search
-- document of that event is refreshed: log whole old rows for this table.
ALTER TABLE ticket_types REPLICA IDENTITY FULL;

-- Change data capture (Debezium, pgoutput) reads exactly these tables.
CREATE PUBLICATION ticketgrid_cdc FOR TABLE venues, events, ticket_types;
