-- revision: v20230902054355
-- down_revision: v20230901221543
-- message: civitai/civitai paid_generation_option
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelVersionMonetizationType" ADD VALUE 'PaidGeneration';

-- migrate:down irreversible
