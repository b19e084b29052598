-- revision: v20210307130559000000
-- down_revision: v20210307130558000000
-- message: ory/kratos courier_message_template

-- migrate:up
ALTER TABLE "courier_messages" ADD COLUMN "template_type" VARCHAR (255) NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE "courier_messages" DROP COLUMN "template_data";
