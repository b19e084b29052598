-- revision: v20230522192516
-- down_revision: v20230518224652
-- message: civitai/civitai model_type_vae_upscaler
-- transactional: false

-- migrate:up
-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ModelType" ADD VALUE 'Upscaler';
ALTER TYPE "ModelType" ADD VALUE 'VAE';

-- migrate:down irreversible
