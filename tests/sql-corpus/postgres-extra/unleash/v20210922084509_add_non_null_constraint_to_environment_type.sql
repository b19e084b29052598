-- revision: v20210922084509
-- down_revision: v20210921105032
-- message: Unleash/unleash add_non_null_constraint_to_environment_type

-- migrate:up
UPDATE environments SET type = 'production' WHERE type IS null;
    ALTER TABLE environments ALTER COLUMN type SET NOT NULL;

-- migrate:down irreversible
