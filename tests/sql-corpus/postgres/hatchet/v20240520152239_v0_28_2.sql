-- revision: v20240520152239
-- down_revision: v20240517204453
-- message: hatchet-dev/hatchet v0_28_2

-- migrate:up
-- AlterTable
ALTER TABLE "Worker" ADD COLUMN     "isActive" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
