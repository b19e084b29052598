-- revision: v20210307130559000007
-- down_revision: v20210307130559000006
-- message: ory/kratos courier_message_template

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "courier_messages";
