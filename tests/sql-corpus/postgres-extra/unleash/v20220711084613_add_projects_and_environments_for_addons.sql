-- revision: v20220711084613
-- down_revision: v20220704115624
-- message: Unleash/unleash add_projects_and_environments_for_addons

-- migrate:up
ALTER TABLE addons
            ADD COLUMN
                projects jsonb DEFAULT '[]'::jsonb;
         ALTER TABLE addons
             ADD COLUMN environments jsonb DEFAULT '[]'::jsonb;

-- migrate:down irreversible
