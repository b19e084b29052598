-- revision: v20240227181732
-- down_revision: v20240226051822
-- message: hatchet-dev/hatchet v0_13_0

-- migrate:up
-- DropForeignKey
ALTER TABLE "Worker" DROP CONSTRAINT "Worker_dispatcherId_fkey";

-- AlterTable
ALTER TABLE "Worker" ALTER COLUMN "dispatcherId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_dispatcherId_fkey" FOREIGN KEY ("dispatcherId") REFERENCES "Dispatcher"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migrate:down irreversible
