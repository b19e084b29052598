-- revision: v20230306103508
-- down_revision: v20230306101927
-- message: triggerdotdev/trigger.dev added_status_text_to_projects

-- migrate:up
-- AlterTable
ALTER TABLE "RepositoryProject" ADD COLUMN     "statusText" TEXT;

-- migrate:down irreversible
