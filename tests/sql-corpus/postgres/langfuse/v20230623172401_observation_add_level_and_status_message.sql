-- revision: v20230623172401
-- down_revision: v20230622114254
-- message: langfuse/langfuse observation_add_level_and_status_message

-- migrate:up
-- CreateEnum
CREATE TYPE "ObservationLevel" AS ENUM ('DEBUG', 'DEFAULT', 'WARNING', 'ERROR');

-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "level" "ObservationLevel" NOT NULL DEFAULT 'DEFAULT',
ADD COLUMN     "status_message" TEXT;

-- migrate:down irreversible
