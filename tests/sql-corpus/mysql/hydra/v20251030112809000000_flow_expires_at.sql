-- revision: v20251030112809000000
-- down_revision: v20250610132310000001
-- message: ory/hydra flow_expires_at

-- migrate:up
ALTER TABLE hydra_oauth2_flow
  ADD COLUMN expires_at TIMESTAMP
    AS (IF(consent_remember_for > 0, DATE_ADD(requested_at, INTERVAL consent_remember_for SECOND), NULL)) VIRTUAL;

-- migrate:down
ALTER TABLE hydra_oauth2_flow
    DROP COLUMN expires_at;
