-- revision: 2e7e1428ffce
-- down_revision: b68b3cad6b8a
-- message: PrefectHQ/prefect index_flow_created

-- migrate:up
-- alembic: upgrade b68b3cad6b8a -> 2e7e1428ffce

CREATE INDEX ix_flow__created ON flow (created);

-- migrate:down
-- alembic: downgrade 2e7e1428ffce -> b68b3cad6b8a

DROP INDEX ix_flow__created;
