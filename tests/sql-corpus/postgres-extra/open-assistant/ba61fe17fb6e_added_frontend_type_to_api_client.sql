-- revision: ba61fe17fb6e
-- down_revision: 20cd871f4ec7
-- message: LAION-AI/Open-Assistant added_frontend_type_to_api_client

-- migrate:up
-- alembic: upgrade 20cd871f4ec7 -> ba61fe17fb6e

ALTER TABLE api_client ADD COLUMN frontend_type VARCHAR(256);

-- migrate:down
-- alembic: downgrade ba61fe17fb6e -> 20cd871f4ec7

ALTER TABLE api_client DROP COLUMN frontend_type;
