-- The confirmation mail becomes at least once: orders.mailed_at stays "claimed for mailing" (one
-- sender at a time), mail_sent_at is set once the SMTP server took it. A claim older than a few
-- minutes without mail_sent_at (the sender crashed, the SMTP server failed) is claimed again and
-- the mail re-sent. Mails claimed before this migration are taken as sent.
ALTER TABLE orders ADD COLUMN IF NOT EXISTS mail_sent_at timestamptz;
UPDATE orders SET mail_sent_at = mailed_at WHERE mailed_at IS NOT NULL AND mail_sent_at IS NULL;
CREATE INDEX IF NOT EXISTS orders_mail_unsent_idx ON orders (mailed_at) WHERE mail_sent_at IS NULL;
