-- revision: b3b68c87c4a0
-- down_revision: c3472d75c80e
-- message: ethyca/fides add_connection_config_description

-- migrate:up
-- alembic: upgrade c3472d75c80e -> b3b68c87c4a0

ALTER TABLE connectionconfig ADD COLUMN description VARCHAR;

CREATE INDEX ix_connectionconfig_description ON connectionconfig (description);

-- migrate:down
-- alembic: downgrade b3b68c87c4a0 -> c3472d75c80e

DROP INDEX ix_connectionconfig_description;

ALTER TABLE connectionconfig DROP COLUMN description;
