-- revision: 20250413_0006
-- down_revision: 20250412_0005
-- message: add cancelled to backfill_status enum

-- ALTER TYPE ... ADD VALUE has no inverse in PostgreSQL, so the down section
-- rebuilds the type without the value and moves the column over to it.
-- It refuses to run while any row still uses 'cancelled', rather than
-- rewriting those rows. Since PostgreSQL 12 ADD VALUE may run inside a
-- transaction, but the new value cannot be used until that transaction
-- commits, so nothing in this revision uses it.

-- migrate:up
ALTER TYPE market_data.backfill_status ADD VALUE IF NOT EXISTS 'cancelled' AFTER 'running';

-- migrate:down
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM market_data.backfill_runs WHERE status::text = 'cancelled') THEN
        RAISE EXCEPTION 'backfill_runs still has rows with status cancelled'
            USING HINT = 'Update or delete those rows before downgrading below 20250413_0006.';
    END IF;
END
$$;

ALTER TYPE market_data.backfill_status RENAME TO backfill_status_old;

CREATE TYPE market_data.backfill_status AS ENUM ('pending', 'running', 'succeeded', 'failed');

ALTER TABLE market_data.backfill_runs
    ALTER COLUMN status DROP DEFAULT,
    ALTER COLUMN status TYPE market_data.backfill_status
        USING status::text::market_data.backfill_status,
    ALTER COLUMN status SET DEFAULT 'pending';

DROP TYPE market_data.backfill_status_old;
