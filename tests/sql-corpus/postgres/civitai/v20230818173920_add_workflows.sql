-- revision: v20230818173920
-- down_revision: v20230813154457
-- message: civitai/civitai add_workflows
-- transactional: false

-- migrate:up
ALTER TYPE "ModelType" ADD VALUE 'Workflows';

-- migrate:down irreversible
