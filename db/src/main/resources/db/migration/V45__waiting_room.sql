-- The virtual waiting room (issue 11, ADR 0033).
--
-- waitingroom_queues / waitingroom_tickets: write-behind copies of the grid's queue and place maps,
-- reloaded on a cold start so that a full cluster restart keeps every buyer's place and turn. The
-- admission lease is not kept: a restarted cluster simply elects a new loop.
CREATE TABLE waitingroom_queues (
    event_id        text        PRIMARY KEY,
    issued          bigint      NOT NULL,
    prequeue        bigint      NOT NULL,
    prequeue_closed boolean     NOT NULL,
    served          bigint      NOT NULL,
    seed            bigint      NOT NULL,
    drawn_at_ms     bigint      NOT NULL,
    sold_out        boolean     NOT NULL,
    reopened_at_ms  bigint      NOT NULL,
    admitted        bigint      NOT NULL,
    expired         bigint      NOT NULL,
    outstanding     bigint[]    NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE waitingroom_tickets (
    event_id          text        NOT NULL,
    number            bigint      NOT NULL,
    account_id        text        NOT NULL,
    state             text        NOT NULL CHECK (state IN ('PREQUEUE', 'WAITING', 'ADMITTED', 'EXPIRED', 'LEFT')),
    joined_at_ms      bigint      NOT NULL,
    last_seen_ms      bigint      NOT NULL,
    admitted_until_ms bigint      NOT NULL,
    used              boolean     NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, number)
);
-- An account's current place is its latest number at the event (the place map is rebuilt from it).
CREATE INDEX waitingroom_tickets_account ON waitingroom_tickets (event_id, account_id, number DESC);

-- Per-event settings of the waiting room (events with high_demand): when it opens (NULL: 30 minutes
-- before sales open), how many buyers per minute may be admitted, and how long an admission lasts.
-- NULL rate or window: the platform defaults (ticketgrid.waiting-room.*).
CREATE TABLE waiting_rooms (
    event_id                  uuid        PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    opens_at                  timestamptz,
    admissions_per_minute     integer     CHECK (admissions_per_minute BETWEEN 1 AND 1000000),
    admission_window_seconds  integer     CHECK (admission_window_seconds BETWEEN 1 AND 3600),
    updated_at                timestamptz NOT NULL DEFAULT now()
);
