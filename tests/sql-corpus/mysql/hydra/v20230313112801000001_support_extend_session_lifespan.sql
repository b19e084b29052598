-- revision: v20230313112801000001
-- down_revision: v20230228000010000001
-- message: ory/hydra support_extend_session_lifespan

-- migrate:up
ALTER TABLE hydra_oauth2_flow ADD COLUMN login_extend_session_lifespan BOOLEAN NOT NULL DEFAULT FALSE;

-- migrate:down
ALTER TABLE hydra_oauth2_flow DROP COLUMN login_extend_session_lifespan;
