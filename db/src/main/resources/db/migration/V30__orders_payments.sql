-- Orders and Stripe payments (issue 6). Additive only: V2 created orders and tickets.
--
-- * orders gain what checkout and the booking consumer need without the hold record (which the
--   grid forgets a minute after expiry): the seats, the payment intent, when the hold runs out,
--   and why an order ended where it did.
-- * stripe_webhook_events: one row per verified webhook event and stream, written in the same
--   transaction that hands the event to Kafka, so a redelivered event is dropped and a failed
--   hand-off is retried by Stripe.

ALTER TABLE orders ADD COLUMN IF NOT EXISTS seat_ids bigint[];
ALTER TABLE orders ADD COLUMN IF NOT EXISTS payment_intent_id text;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS hold_expires_at timestamptz;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS status_reason text;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS payment_error text;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS confirmed_at timestamptz;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS captured_at timestamptz;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS mailed_at timestamptz;

CREATE UNIQUE INDEX IF NOT EXISTS orders_payment_intent_uq ON orders (payment_intent_id);
-- The expiry sweeper looks only at unpaid orders.
CREATE INDEX IF NOT EXISTS orders_pending_expiry_idx ON orders (hold_expires_at) WHERE status = 'PENDING_PAYMENT';

CREATE TABLE IF NOT EXISTS stripe_webhook_events (
    event_id    text        NOT NULL,
    stream      text        NOT NULL,
    type        text        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, stream)
);
