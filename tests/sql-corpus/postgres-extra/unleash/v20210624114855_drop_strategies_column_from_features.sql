-- revision: v20210624114855
-- down_revision: v20210624114602
-- message: Unleash/unleash drop_strategies_column_from_features

-- migrate:up
ALTER TABLE features
            DROP COLUMN strategies;

-- migrate:down irreversible
