-- revision: v20240821141555
-- down_revision: v20240812132633
-- message: Unleash/unleash segment_no_project_cleanup

-- migrate:up
UPDATE events
        SET project = NULL
        WHERE type = 'segment-created'
          AND project = 'no-project'
          AND NOT EXISTS (
            SELECT 1
            FROM projects
            WHERE name = 'no-project'
        );

-- migrate:down irreversible
