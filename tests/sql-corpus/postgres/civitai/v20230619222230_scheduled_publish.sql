-- revision: v20230619222230
-- down_revision: v20230619185959
-- message: civitai/civitai scheduled_publish
-- transactional: false

-- migrate:up
ALTER TYPE "ModelStatus" ADD VALUE 'Scheduled';

-- migrate:down irreversible
