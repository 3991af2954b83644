-- Orders by event: the merchant's list of an event's paid orders and the rounds that refund the
-- orders of cancelled events read orders by event_id, which had no index (a sequential scan of
-- every order, every 30 s, on every instance).
CREATE INDEX IF NOT EXISTS orders_event_idx ON orders (event_id, confirmed_at DESC);
