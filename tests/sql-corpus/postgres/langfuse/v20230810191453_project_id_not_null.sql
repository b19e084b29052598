-- revision: v20230810191453
-- down_revision: v20230810191452
-- message: langfuse/langfuse project_id_not_null

-- migrate:up
-- Applied in separate migration after application release to minimize ingestion downtime
ALTER TABLE "observations"
ALTER COLUMN "project_id" SET NOT NULL;

-- migrate:down irreversible
