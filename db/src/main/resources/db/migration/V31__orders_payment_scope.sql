-- Several deployments can share one payment-provider account and, in development and tests, one
-- database (every integration-test run is its own deployment). An order remembers the scope of the
-- deployment that created it (also written into its PaymentIntent's metadata), so each deployment's
-- webhook, booking consumer and expiry sweeper act only on their own orders. Additive: old rows keep
-- a null scope and are nobody's.

ALTER TABLE orders ADD COLUMN IF NOT EXISTS payment_scope text;

CREATE INDEX IF NOT EXISTS orders_scope_pending_expiry_idx ON orders (payment_scope, hold_expires_at)
    WHERE status = 'PENDING_PAYMENT';
