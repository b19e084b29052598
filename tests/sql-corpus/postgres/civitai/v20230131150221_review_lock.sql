-- revision: v20230131150221
-- down_revision: v20230130231226
-- message: civitai/civitai review_lock

-- migrate:up
-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "locked" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
