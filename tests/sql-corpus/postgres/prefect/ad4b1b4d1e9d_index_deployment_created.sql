-- revision: ad4b1b4d1e9d
-- down_revision: 22b7cb02e593
-- message: PrefectHQ/prefect index_deployment_created

-- migrate:up
-- alembic: upgrade 22b7cb02e593 -> ad4b1b4d1e9d

CREATE INDEX ix_deployment__created ON deployment (created);

-- migrate:down
-- alembic: downgrade ad4b1b4d1e9d -> 22b7cb02e593

DROP INDEX ix_deployment__created;
