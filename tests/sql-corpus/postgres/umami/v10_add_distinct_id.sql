-- revision: v10
-- down_revision: v09
-- message: umami-software/umami add_distinct_id

-- migrate:up
-- AlterTable
ALTER TABLE "session" ADD COLUMN     "distinct_id" VARCHAR(50);

-- AlterTable
ALTER TABLE "session_data" ADD COLUMN     "distinct_id" VARCHAR(50);

-- migrate:down irreversible
