-- revision: v20210121115438
-- down_revision: v20210119084617
-- message: Unleash/unleash add_deprecated_column_to_strategies

-- migrate:up
ALTER TABLE strategies ADD COLUMN deprecated boolean default false;

-- migrate:down irreversible
