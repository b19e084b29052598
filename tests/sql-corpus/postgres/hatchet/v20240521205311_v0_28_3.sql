-- revision: v20240521205311
-- down_revision: v20240520152239
-- message: hatchet-dev/hatchet v0_28_3

-- migrate:up
-- AlterTable
ALTER TABLE "Worker" ADD COLUMN     "lastListenerEstablished" TIMESTAMP(3);

-- migrate:down irreversible
