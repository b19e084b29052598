-- revision: v20240516171837
-- down_revision: v20240509145855
-- message: civitai/civitai add_editor_to_tooltype
-- transactional: false

-- migrate:up
ALTER TYPE "ToolType" ADD VALUE 'Editor';

-- migrate:down irreversible
