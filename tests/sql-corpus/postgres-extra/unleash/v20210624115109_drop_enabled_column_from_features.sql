-- revision: v20210624115109
-- down_revision: v20210624114855
-- message: Unleash/unleash drop_enabled_column_from_features

-- migrate:up
ALTER TABLE features
            DROP COLUMN enabled;

-- migrate:down irreversible
