-- Refunds and reconciliation (issue 6). Additive: V2 created orders/tickets, V30 the payment columns.
--
-- * orders may now be PARTIALLY_REFUNDED (some tickets refunded, the rest still valid). The status
--   check is widened (dropped and re-added with one more value); no existing row changes.
-- * refunds: one row per refund request, written (PENDING) before the provider is called, so a
--   crash after the call is finished by the refund sweeper with the same idempotency key.
-- * refund_tickets: a ticket is in at most one refund, ever (primary key): two concurrent or
--   repeated requests for the same ticket cannot both reach the provider.
-- * reconciliation_findings: what the reconciliation job found, one row per (kind, subject),
--   updated on every run that sees it again; repaired ones keep what was done.

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_check;
ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status IN
    ('PENDING_PAYMENT', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED'));

CREATE TABLE IF NOT EXISTS refunds (
    id                uuid PRIMARY KEY,
    order_id          uuid        NOT NULL REFERENCES orders (id),
    payment_intent_id text        NOT NULL,
    amount_cents      bigint      NOT NULL CHECK (amount_cents >= 0),
    currency          char(3)     NOT NULL,
    reason            text        NOT NULL,
    requested_by      text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    stripe_refund_id  text UNIQUE,
    failure           text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    succeeded_at      timestamptz,
    released_at       timestamptz,
    mailed_at         timestamptz
);
CREATE INDEX IF NOT EXISTS refunds_order_idx ON refunds (order_id);
-- The sweeper looks only at unfinished refunds.
CREATE INDEX IF NOT EXISTS refunds_unfinished_idx ON refunds (created_at)
    WHERE status = 'PENDING' OR (status = 'SUCCEEDED' AND released_at IS NULL);

CREATE TABLE IF NOT EXISTS refund_tickets (
    ticket_id uuid PRIMARY KEY REFERENCES tickets (id),
    refund_id uuid NOT NULL REFERENCES refunds (id)
);
CREATE INDEX IF NOT EXISTS refund_tickets_refund_idx ON refund_tickets (refund_id);

CREATE TABLE IF NOT EXISTS reconciliation_findings (
    id                uuid PRIMARY KEY,
    kind              text        NOT NULL,
    subject           text        NOT NULL,
    order_id          uuid,
    payment_intent_id text,
    detail            text        NOT NULL,
    action            text        NOT NULL CHECK (action IN ('REPAIRED', 'REPORTED')),
    repair            text,
    first_seen_at     timestamptz NOT NULL DEFAULT now(),
    last_seen_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, subject)
);
CREATE INDEX IF NOT EXISTS reconciliation_findings_seen_idx ON reconciliation_findings (last_seen_at DESC);

CREATE TABLE IF NOT EXISTS reconciliation_runs (
    id          uuid PRIMARY KEY,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    period_from timestamptz NOT NULL,
    period_to   timestamptz NOT NULL,
    checked     integer     NOT NULL,
    repaired    integer     NOT NULL,
    reported    integer     NOT NULL
);
