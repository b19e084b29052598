-- revision: v20210307130559000001
-- down_revision: v20210307130559000000
-- message: ory/kratos courier_message_template

-- migrate:up
ALTER TABLE "courier_messages" ADD COLUMN "template_data" bytea;

-- migrate:down
ALTER TABLE "courier_messages" DROP COLUMN "template_type";
