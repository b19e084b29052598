-- revision: v20231130094628000000
-- down_revision: v20231108111100000000
-- message: ory/kratos courier_message_channel

-- migrate:up
ALTER TABLE
  courier_messages
ADD
  column channel VARCHAR(32) NULL;

-- migrate:down
ALTER TABLE
  courier_messages DROP column channel;
