-- revision: v20210410175418000025
-- down_revision: v20210410175418000024
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "courier_messages" ADD COLUMN "nid" UUID;

-- migrate:down
DROP INDEX "selfservice_errors_nid_idx";
