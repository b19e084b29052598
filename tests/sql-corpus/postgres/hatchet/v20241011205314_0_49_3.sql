-- revision: v20241011205314
-- down_revision: v20241008124038
-- message: hatchet-dev/hatchet 0_49_3

-- migrate:up
-- Modify "EventKey" table
ALTER TABLE "EventKey" DROP CONSTRAINT "EventKey_pkey", ADD COLUMN "id" bigserial NOT NULL, ADD PRIMARY KEY ("id");

-- migrate:down irreversible
