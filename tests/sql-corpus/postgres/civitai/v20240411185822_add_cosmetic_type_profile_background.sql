-- revision: v20240411185822
-- down_revision: v20240411155123
-- message: civitai/civitai add_cosmetic_type_profile_background
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "CosmeticType" ADD VALUE 'ProfileBackground';

-- migrate:down irreversible
