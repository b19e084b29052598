-- revision: v20210307130558000000
-- down_revision: v20201201161451000001
-- message: ory/kratos courier_status_index

-- migrate:up
CREATE INDEX "courier_messages_status_idx" ON "courier_messages" (status);

-- migrate:down
DROP INDEX "courier_messages_status_idx";
