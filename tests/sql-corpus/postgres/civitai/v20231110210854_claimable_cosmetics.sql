-- revision: v20231110210854
-- down_revision: v20231110203035
-- message: civitai/civitai claimable_cosmetics
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "CosmeticSource" ADD VALUE 'Claim';

-- migrate:down irreversible
