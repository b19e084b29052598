-- revision: v20230203150225
-- down_revision: v20230203110022
-- message: triggerdotdev/trigger.dev add_json_schema_to_workflows

-- migrate:up
-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "jsonSchema" JSONB;

-- migrate:down irreversible
