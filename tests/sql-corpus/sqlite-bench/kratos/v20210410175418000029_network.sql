-- revision: v20210410175418000029
-- down_revision: v20210410175418000028
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_errors ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
CREATE INDEX "courier_messages_status_idx" ON "_courier_messages_tmp" (status);
