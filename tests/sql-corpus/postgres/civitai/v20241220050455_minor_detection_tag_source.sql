-- revision: v20241220050455
-- down_revision: v20241220035102
-- message: civitai/civitai minor_detection_tag_source
-- transactional: false

-- migrate:up
ALTER TYPE "TagSource" ADD VALUE 'MinorDetection';

-- migrate:down irreversible
