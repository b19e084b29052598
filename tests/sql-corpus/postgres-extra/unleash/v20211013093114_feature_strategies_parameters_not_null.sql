-- revision: v20211013093114
-- down_revision: v20211011094226
-- message: Unleash/unleash feature_strategies_parameters_not_null

-- migrate:up
ALTER TABLE feature_strategies ALTER COLUMN parameters SET DEFAULT '{}';
          UPDATE feature_strategies set parameters = '{}' where parameters is null;
          ALTER TABLE feature_strategies ALTER COLUMN parameters SET NOT NULL;

-- migrate:down irreversible
