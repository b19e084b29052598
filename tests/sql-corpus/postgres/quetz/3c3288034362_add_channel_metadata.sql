-- revision: 3c3288034362
-- down_revision: ea6eba9a9ffc
-- message: mamba-org/quetz add_channel_metadata

-- migrate:up
-- alembic: upgrade ea6eba9a9ffc -> 3c3288034362

ALTER TABLE channels ADD COLUMN channel_metadata VARCHAR DEFAULT '{}' NOT NULL;

-- migrate:down
-- alembic: downgrade 3c3288034362 -> ea6eba9a9ffc

ALTER TABLE channels DROP COLUMN channel_metadata;
