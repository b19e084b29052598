-- revision: v20240519093155
-- down_revision: v20240226053141
-- message: hoppscotch/hoppscotch add_last_logged_on_to_user

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastLoggedOn" TIMESTAMP(3);

-- migrate:down irreversible
