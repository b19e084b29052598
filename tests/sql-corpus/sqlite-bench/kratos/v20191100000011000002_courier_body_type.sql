-- revision: v20191100000011000002
-- down_revision: v20191100000011000001
-- message: ory/kratos courier_body_type

-- migrate:up
DROP TABLE "courier_messages";

-- migrate:down
-- empty down in the source history
