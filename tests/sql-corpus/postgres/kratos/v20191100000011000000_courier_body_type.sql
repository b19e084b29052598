-- revision: v20191100000011000000
-- down_revision: v20191100000010000001
-- message: ory/kratos courier_body_type

-- migrate:up
ALTER TABLE "courier_messages" ALTER COLUMN "body" TYPE text, ALTER COLUMN "body" SET NOT NULL;

-- migrate:down
-- empty down in the source history
