-- revision: v20230405222519
-- down_revision: v20230330165149
-- message: civitai/civitai model_status_unpublished_violation
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelStatus" ADD VALUE 'UnpublishedViolation';

-- migrate:down irreversible
