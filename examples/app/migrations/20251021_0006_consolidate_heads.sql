-- revision: 20251021_0006
-- down_revision: 20251019_0003, 20251020_0005
-- message: consolidate heads

-- Merge revision. It joins the backfill_runs head (20251019_0003) and the
-- predictions head (20251020_0005) back into a single line of history.

-- migrate:up
-- Merge point only, no schema change.

-- migrate:down
