-- revision: v20240531142907
-- down_revision: v20240521205311
-- message: hatchet-dev/hatchet v0_29_0

-- migrate:up
-- AlterTable
ALTER TABLE "APIToken" ADD COLUMN     "nextAlertAt" TIMESTAMP(3);

-- migrate:down irreversible
