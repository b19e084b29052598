-- revision: v20240621062554
-- down_revision: v20240520091033
-- message: hoppscotch/hoppscotch user_last_active_on

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastActiveOn" TIMESTAMP(3);

-- migrate:down irreversible
