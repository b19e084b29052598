-- revision: v20250304122705
-- down_revision: v20250214104741
-- message: Unleash/unleash archive_release_template

-- migrate:up
ALTER TABLE release_plan_definitions ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;

-- migrate:down irreversible
