-- revision: v20230310121352
-- down_revision: v20230309112008
-- message: triggerdotdev/trigger.dev add_preparing_status

-- migrate:up
-- AlterEnum
ALTER TYPE "RepositoryProjectStatus" ADD VALUE 'PREPARING';

-- migrate:down irreversible
