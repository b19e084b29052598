-- revision: v20230127111638
-- down_revision: v20230125065315
-- message: Unleash/unleash new_project_stats_field

-- migrate:up
ALTER table project_stats
                ADD COLUMN IF NOT EXISTS project_members_added_current_window INTEGER DEFAULT 0;

-- migrate:down irreversible
