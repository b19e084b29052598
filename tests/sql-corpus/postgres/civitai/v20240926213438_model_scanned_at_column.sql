-- revision: v20240926213438
-- down_revision: v20240915215614
-- message: civitai/civitai model_scanned_at_column

-- migrate:up
-- CreateEnum
CREATE TYPE "ModelFlagStatus" AS ENUM ('Pending', 'Resolved');

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "scannedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ModelFlag" ADD COLUMN     "minor" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "nsfw" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "poi" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "status" "ModelFlagStatus" NOT NULL DEFAULT 'Pending',
ADD COLUMN     "triggerWords" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
