-- revision: v20231201094437
-- down_revision: v20231130143354
-- message: civitai/civitai event_homeblock_type
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "HomeBlockType" ADD VALUE 'Event';

-- migrate:down irreversible
