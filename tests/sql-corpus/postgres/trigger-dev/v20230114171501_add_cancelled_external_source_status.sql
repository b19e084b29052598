-- revision: v20230114171501
-- down_revision: v20230114154045
-- message: triggerdotdev/trigger.dev add_cancelled_external_source_status

-- migrate:up
-- AlterEnum
ALTER TYPE "ExternalSourceStatus" ADD VALUE 'CANCELLED';

-- migrate:down irreversible
