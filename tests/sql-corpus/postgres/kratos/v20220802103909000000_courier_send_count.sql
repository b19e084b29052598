-- revision: v20220802103909000000
-- down_revision: v20220610155809000000
-- message: ory/kratos courier_send_count

-- migrate:up
ALTER TABLE courier_messages
ADD send_count INT NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE courier_messages DROP COLUMN send_count;
