-- Write-behind copy of the grid's hold-quotas map: per (event, account), the holds counted against
-- the per-account limit and until when each counts (9223372036854775807 = bought, counts for good).
-- A full cluster restart reloads it, so a buyer who bought the limit cannot buy again after one.
-- expires_at: when the entry stops mattering (NULL while it counts a purchase); rows past it are
-- ignored on reload and removed at the next cold start.
CREATE TABLE hold_quotas (
    event_id   text        NOT NULL,
    account_id text        NOT NULL,
    hold_ids   bigint[]    NOT NULL,
    seats      integer[]   NOT NULL,
    until_ms   bigint[]    NOT NULL,
    expires_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, account_id),
    CHECK (cardinality(hold_ids) = cardinality(seats) AND cardinality(seats) = cardinality(until_ms))
);
