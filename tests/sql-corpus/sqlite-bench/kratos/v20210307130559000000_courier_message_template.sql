-- revision: v20210307130559000000
-- down_revision: v20210307130558000000
-- message: ory/kratos courier_message_template

-- migrate:up
ALTER TABLE "courier_messages" ADD COLUMN "template_type" TEXT NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE "_courier_messages_tmp" RENAME TO "courier_messages";
