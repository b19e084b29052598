-- revision: v20250513132142000000
-- down_revision: v20241609000001000000
-- message: ory/hydra refresh_used_times

-- migrate:up
ALTER TABLE hydra_oauth2_refresh
  ADD COLUMN used_times INT NULL;

-- migrate:down
ALTER TABLE hydra_oauth2_refresh
  DROP COLUMN used_times;
