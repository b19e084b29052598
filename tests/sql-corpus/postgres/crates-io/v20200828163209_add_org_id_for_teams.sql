-- revision: v20200828163209
-- down_revision: v20200825101655
-- message: rust-lang/crates.io add_org_id_for_teams

-- migrate:up
ALTER TABLE teams
  ADD COLUMN org_id INTEGER;

-- migrate:down
-- This file should undo anything in `up.sql`
ALTER TABLE teams
  DROP COLUMN org_id;
