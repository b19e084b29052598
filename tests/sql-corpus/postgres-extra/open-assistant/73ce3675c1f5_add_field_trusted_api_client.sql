-- revision: 73ce3675c1f5
-- down_revision: 464ec4667aae
-- message: LAION-AI/Open-Assistant add_field_trusted_api_client

-- migrate:up
-- alembic: upgrade 464ec4667aae -> 73ce3675c1f5

ALTER TABLE api_client ADD COLUMN trusted BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade 73ce3675c1f5 -> 464ec4667aae

ALTER TABLE api_client DROP COLUMN trusted;
