-- revision: v20230124224344
-- down_revision: v20230120234147
-- message: triggerdotdev/trigger.dev add_retry_to_fetch_request

-- migrate:up
-- AlterTable
ALTER TABLE "FetchRequest" ADD COLUMN     "retry" JSONB;

-- migrate:down irreversible
