-- revision: v20240620155119
-- down_revision: v20240619185235
-- message: civitai/civitai user_engagement_type_block
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "UserEngagementType" ADD VALUE 'Block';

-- migrate:down irreversible
