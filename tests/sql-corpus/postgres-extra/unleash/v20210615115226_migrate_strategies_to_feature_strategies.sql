-- revision: v20210615115226
-- down_revision: v20210610085817
-- message: Unleash/unleash migrate_strategies_to_feature_strategies

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
