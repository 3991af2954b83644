-- Door check-in: a ticket admits once. checked_in_at is set by one conditional UPDATE (only while
-- it is NULL and the ticket VALID), so two gates scanning the same code at once admit it once.
ALTER TABLE tickets ADD COLUMN IF NOT EXISTS checked_in_at timestamptz;
ALTER TABLE tickets ADD COLUMN IF NOT EXISTS checked_in_by text;
CREATE INDEX IF NOT EXISTS tickets_event_checked_in_idx ON tickets (event_id) WHERE checked_in_at IS NOT NULL;
