-- revision: cd404ed93cc0
-- down_revision: 303ff70c27fc
-- message: mamba-org/quetz add_per_channel_ttl

-- migrate:up
-- alembic: upgrade 303ff70c27fc -> cd404ed93cc0

ALTER TABLE channels ADD COLUMN ttl INTEGER DEFAULT '36000' NOT NULL;

-- migrate:down
-- alembic: downgrade cd404ed93cc0 -> 303ff70c27fc

ALTER TABLE channels DROP COLUMN ttl;
