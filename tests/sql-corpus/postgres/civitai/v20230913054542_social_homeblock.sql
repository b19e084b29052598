-- revision: v20230913054542
-- down_revision: v20230912220022
-- message: civitai/civitai social_homeblock
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "HomeBlockType" ADD VALUE 'Social';

-- migrate:down irreversible
