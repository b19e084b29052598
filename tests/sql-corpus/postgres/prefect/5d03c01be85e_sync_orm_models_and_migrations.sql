-- revision: 5d03c01be85e
-- down_revision: 68a44144428d
-- message: PrefectHQ/prefect sync_orm_models_and_migrations

-- migrate:up
-- alembic: upgrade 68a44144428d -> 5d03c01be85e

UPDATE artifact_collection SET latest_id=GEN_RANDOM_UUID() WHERE latest_id IS NULL;

ALTER TABLE artifact_collection ALTER COLUMN latest_id SET NOT NULL;

CREATE INDEX ix_artifact_collection__updated ON artifact_collection (updated);

ALTER TABLE deployment DROP COLUMN schedule;

ALTER TABLE deployment DROP COLUMN is_schedule_active;

ALTER TABLE deployment DROP COLUMN flow_data;

DROP INDEX ix_flow_run__deployment_id;

ALTER TABLE deployment DROP COLUMN manifest_path;

ALTER TABLE deployment_schedule DROP COLUMN catchup;

ALTER TABLE deployment_schedule DROP COLUMN max_active_runs;

-- migrate:down
-- alembic: downgrade 5d03c01be85e -> 68a44144428d

CREATE INDEX ix_flow_run__deployment_id ON flow_run (deployment_id);

ALTER TABLE deployment_schedule ADD COLUMN max_active_runs INTEGER;

ALTER TABLE deployment_schedule ADD COLUMN catchup BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE deployment ADD COLUMN flow_data JSONB;

ALTER TABLE deployment ADD COLUMN is_schedule_active BOOLEAN DEFAULT true NOT NULL;

ALTER TABLE deployment ADD COLUMN manifest_path VARCHAR;

ALTER TABLE deployment ADD COLUMN schedule JSONB;

DROP INDEX ix_artifact_collection__updated;

ALTER TABLE artifact_collection ALTER COLUMN latest_id DROP NOT NULL;
