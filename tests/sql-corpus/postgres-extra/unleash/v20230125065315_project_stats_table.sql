-- revision: v20230125065315
-- down_revision: v20221221144132
-- message: Unleash/unleash project_stats_table

-- migrate:up
CREATE TABLE IF NOT EXISTS project_stats (
             project VARCHAR(255) NOT NULL,
             avg_time_to_prod_current_window FLOAT DEFAULT 0,
             avg_time_to_prod_past_window FLOAT DEFAULT 0,
             project_changes_current_window INTEGER DEFAULT 0,
             project_changes_past_window INTEGER DEFAULT 0,
             features_created_current_window INTEGER DEFAULT 0,
             features_created_past_window INTEGER DEFAULT 0,
             features_archived_current_window INTEGER DEFAULT 0,
             features_archived_past_window INTEGER DEFAULT 0,
             FOREIGN KEY (project) references projects(id) ON DELETE CASCADE,
             UNIQUE(project)
         );

-- migrate:down irreversible
