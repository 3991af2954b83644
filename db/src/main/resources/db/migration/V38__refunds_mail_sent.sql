-- The refund mail becomes at least once, as the order confirmation did in V37: refunds.mailed_at
-- is the claim, mail_sent_at is set when the SMTP server took the mail; the refund sweeper claims
-- again and re-sends what was claimed minutes ago and never sent. Earlier claims count as sent.
ALTER TABLE refunds ADD COLUMN IF NOT EXISTS mail_sent_at timestamptz;
UPDATE refunds SET mail_sent_at = mailed_at WHERE mailed_at IS NOT NULL AND mail_sent_at IS NULL;
CREATE INDEX IF NOT EXISTS refunds_mail_unsent_idx ON refunds (mailed_at) WHERE mail_sent_at IS NULL;
