-- revision: v20230114154045
-- down_revision: v20230109195958
-- message: triggerdotdev/trigger.dev add_scheduler_external_source

-- migrate:up
-- AlterEnum
ALTER TYPE "ExternalSourceType" ADD VALUE 'SCHEDULER';

-- migrate:down irreversible
