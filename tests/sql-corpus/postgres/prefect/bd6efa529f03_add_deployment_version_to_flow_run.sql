-- revision: bd6efa529f03
-- down_revision: aeea5ee6f070
-- message: PrefectHQ/prefect add_deployment_version_to_flow_run

-- migrate:up
-- alembic: upgrade aeea5ee6f070 -> bd6efa529f03

ALTER TABLE flow_run ADD COLUMN deployment_version VARCHAR;

CREATE INDEX ix_flow_run__deployment_version ON flow_run (deployment_version);

-- migrate:down
-- alembic: downgrade bd6efa529f03 -> aeea5ee6f070

DROP INDEX ix_flow_run__deployment_version;

ALTER TABLE flow_run DROP COLUMN deployment_version;
