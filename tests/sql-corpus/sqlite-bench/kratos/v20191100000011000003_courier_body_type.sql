-- revision: v20191100000011000003
-- down_revision: v20191100000011000002
-- message: ory/kratos courier_body_type

-- migrate:up
ALTER TABLE "_courier_messages_tmp" RENAME TO "courier_messages";

-- migrate:down
-- empty down in the source history
