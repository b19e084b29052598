-- revision: v20230312182841
-- down_revision: v20230311174603
-- message: civitai/civitai wildcards
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelType" ADD VALUE 'Wildcards';

-- migrate:down irreversible
