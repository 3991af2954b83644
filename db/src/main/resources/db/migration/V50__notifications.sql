-- Notifications (ADR 0035). What happened is recorded by the use case in the SAME transaction as
-- the change, as a row of notification_outbox; Debezium captures the inserts (the table joins the
-- ticketgrid_cdc publication) onto the Kafka topic ticketgrid.public.notification_outbox, and the
-- Jet notifications pipeline turns each into per-recipient notifications: the in-app row, the
-- email (sent once, its state recorded here) and the live message. Nothing is mailed from inside
-- a transaction.
CREATE TABLE IF NOT EXISTS notification_outbox (
    id          uuid PRIMARY KEY,
    -- ORDER_CONFIRMED, TICKETS_RESENT, ORDER_CANCELLED, REFUNDED, EVENT_CANCELLED, EVENT_RESCHEDULED,
    -- TICKETS_AVAILABLE, YOUR_TURN, RESEND (an admin re-sends a dead-lettered notification)
    kind        text        NOT NULL,
    -- The one recipient when the kind has one (an order's buyer); NULL when the pipeline fans out
    -- (an event's ticket holders, its "notify me" subscribers).
    account_id  uuid,
    -- What it is about: an order, a refund, an event or a notification.
    subject_id  text        NOT NULL,
    payload     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS notification_outbox_created_idx ON notification_outbox (created_at);
ALTER PUBLICATION ticketgrid_cdc ADD TABLE notification_outbox;

-- One notification per outbox event and recipient; its id is derived from both, so a replayed
-- event finds the row it made before (idempotent by notification id).
CREATE TABLE IF NOT EXISTS notifications (
    id             uuid PRIMARY KEY,
    outbox_id      uuid        NOT NULL,
    account_id     uuid        NOT NULL,
    kind           text        NOT NULL,
    title          text        NOT NULL,
    body           text        NOT NULL,
    link           text,
    -- false for mail-only notifications (the buyer asked for the tickets mail again)
    in_app         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    read_at        timestamptz,
    -- The mail: wanted or not (preferences), where to, when the SMTP server took it, how often it
    -- was tried, the last error.
    email_wanted   boolean     NOT NULL DEFAULT true,
    email_to       text,
    email_sent_at  timestamptz,
    email_attempts integer     NOT NULL DEFAULT 0,
    email_error    text,
    UNIQUE (outbox_id, account_id)
);
CREATE INDEX IF NOT EXISTS notifications_account_idx ON notifications (account_id, created_at DESC) WHERE in_app;
CREATE INDEX IF NOT EXISTS notifications_unread_idx ON notifications (account_id) WHERE in_app AND read_at IS NULL;

-- Mails that could not be sent after every retry: the admin view lists them, resend puts a RESEND
-- event in the outbox (the pipeline is the only mail path).
CREATE TABLE IF NOT EXISTS notification_dead_letters (
    notification_id uuid PRIMARY KEY REFERENCES notifications (id),
    error           text        NOT NULL,
    attempts        integer     NOT NULL,
    failed_at       timestamptz NOT NULL DEFAULT now(),
    resent_at       timestamptz
);

-- "Notify me": served in subscription order (seq), in batches no larger than the seats that came back.
CREATE TABLE IF NOT EXISTS event_alerts (
    id          uuid PRIMARY KEY,
    seq         bigserial   NOT NULL,
    event_id    uuid        NOT NULL,
    account_id  uuid        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    notified_at timestamptz,
    UNIQUE (event_id, account_id)
);
CREATE INDEX IF NOT EXISTS event_alerts_waiting_idx ON event_alerts (event_id, seq) WHERE notified_at IS NULL;

-- Which kinds reach a buyer by email (no row: the default, yes). Confirmations and refunds always do.
CREATE TABLE IF NOT EXISTS notification_preferences (
    account_id uuid    NOT NULL,
    kind       text    NOT NULL,
    email      boolean NOT NULL,
    PRIMARY KEY (account_id, kind)
);
