-- revision: 303ff70c27fc
-- down_revision: 8dfb7c4bfbd7
-- message: mamba-org/quetz configure_mirror_endpoints

-- migrate:up
-- alembic: upgrade 8dfb7c4bfbd7 -> 303ff70c27fc

ALTER TABLE channel_mirrors ADD COLUMN api_endpoint VARCHAR;

ALTER TABLE channel_mirrors ADD COLUMN metrics_endpoint VARCHAR;

-- migrate:down
-- alembic: downgrade 303ff70c27fc -> 8dfb7c4bfbd7

ALTER TABLE channel_mirrors DROP COLUMN metrics_endpoint;

ALTER TABLE channel_mirrors DROP COLUMN api_endpoint;
