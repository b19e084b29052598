-- revision: v20251030112809000000
-- down_revision: v20250610132310000001
-- message: ory/hydra flow_expires_at

-- migrate:up
ALTER TABLE hydra_oauth2_flow
  ADD COLUMN expires_at TIMESTAMP
    GENERATED ALWAYS AS (if(consent_remember_for > 0, datetime(requested_at, '+' || consent_remember_for || ' seconds'), NULL)) VIRTUAL;

-- migrate:down
ALTER TABLE hydra_oauth2_flow
    DROP COLUMN expires_at;
