-- revision: v20210410175418000026
-- down_revision: v20210410175418000025
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "courier_messages" ADD CONSTRAINT "courier_messages_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
DROP INDEX "courier_messages_nid_idx";
