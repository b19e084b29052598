-- revision: v20211126112551
-- down_revision: v20211109103930
-- message: Unleash/unleash disable_default_environment

-- migrate:up
UPDATE environments 
        SET enabled = false
        WHERE name = 'default'
        AND NOT EXISTS (select  * from features);

        DELETE FROM project_environments 
        WHERE environment_name = 'default'
        AND NOT EXISTS (select  * from features);

        INSERT INTO project_environments(project_id, environment_name) 
        SELECT 'default', 'development'
        WHERE NOT EXISTS (select  * from features);
        
        INSERT INTO project_environments(project_id, environment_name) 
        SELECT 'default', 'production'
        WHERE NOT EXISTS (select  * from features);

-- migrate:down irreversible
