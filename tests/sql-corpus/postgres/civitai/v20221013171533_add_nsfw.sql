-- revision: v20221013171533
-- down_revision: v20221011220133
-- message: civitai/civitai add_nsfw
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelType" ADD VALUE 'Hypernetwork';

-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "height" TEXT,
ADD COLUMN     "width" TEXT;

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "nsfw" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "nsfw" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
