-- revision: 20250412_0004
-- down_revision: 20250411_0002
-- branch_labels: timestamptz
-- message: convert backfill_runs timestamps to timestamptz

-- Labelled branch off 20250411_0002, developed alongside the audit work in
-- 20250411_0003 and consolidated by the merge 20250412_0005. The label lets
-- it be addressed as timestamptz@head.
-- Existing values are naive UTC, so they are read AT TIME ZONE 'UTC' on the
-- way up and written back as UTC on the way down, which round-trips exactly.
-- The defaults are dropped and re-set so pg_dump output is identical after
-- a downgrade.

-- migrate:up
ALTER TABLE market_data.backfill_runs
    ALTER COLUMN created_at DROP DEFAULT,
    ALTER COLUMN range_start TYPE timestamptz USING range_start AT TIME ZONE 'UTC',
    ALTER COLUMN range_end TYPE timestamptz USING range_end AT TIME ZONE 'UTC',
    ALTER COLUMN created_at TYPE timestamptz USING created_at AT TIME ZONE 'UTC',
    ALTER COLUMN started_at TYPE timestamptz USING started_at AT TIME ZONE 'UTC',
    ALTER COLUMN finished_at TYPE timestamptz USING finished_at AT TIME ZONE 'UTC',
    ALTER COLUMN created_at SET DEFAULT now();

-- migrate:down
ALTER TABLE market_data.backfill_runs
    ALTER COLUMN created_at DROP DEFAULT,
    ALTER COLUMN range_start TYPE timestamp USING range_start AT TIME ZONE 'UTC',
    ALTER COLUMN range_end TYPE timestamp USING range_end AT TIME ZONE 'UTC',
    ALTER COLUMN created_at TYPE timestamp USING created_at AT TIME ZONE 'UTC',
    ALTER COLUMN started_at TYPE timestamp USING started_at AT TIME ZONE 'UTC',
    ALTER COLUMN finished_at TYPE timestamp USING finished_at AT TIME ZONE 'UTC',
    ALTER COLUMN created_at SET DEFAULT now();
