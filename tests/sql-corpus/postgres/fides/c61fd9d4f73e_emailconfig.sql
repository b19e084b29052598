-- revision: c61fd9d4f73e
-- down_revision: 7abe778b7082
-- message: ethyca/fides emailconfig

-- migrate:up
-- alembic: upgrade 7abe778b7082 -> c61fd9d4f73e

-- migrate:down
-- alembic: downgrade c61fd9d4f73e -> 7abe778b7082

DROP INDEX ix_emailconfig_service_type;

DROP INDEX ix_emailconfig_name;

DROP INDEX ix_emailconfig_key;

DROP INDEX ix_emailconfig_id;

DROP TABLE emailconfig;
