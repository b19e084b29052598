-- revision: v20240129203835
-- down_revision: v20240129152539
-- message: civitai/civitai add_model_availability
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "Availability" ADD VALUE 'Unsearchable';

-- AlterTable
ALTER TABLE "Bounty" ADD COLUMN     "availability" "Availability" NOT NULL DEFAULT 'Public';

-- AlterTable
ALTER TABLE "Collection" ADD COLUMN     "availability" "Availability" NOT NULL DEFAULT 'Public';

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "availability" "Availability" NOT NULL DEFAULT 'Public';

-- migrate:down irreversible
