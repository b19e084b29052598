-- revision: 1c650a429672
-- down_revision: 4ef2c767664c
-- message: keephq/keep modify_summary_column_types

-- migrate:up
-- alembic: upgrade 4ef2c767664c -> 1c650a429672

ALTER TABLE incident ALTER COLUMN user_summary TYPE TEXT;

ALTER TABLE incident ALTER COLUMN generated_summary TYPE TEXT;

-- migrate:down
-- alembic: downgrade 1c650a429672 -> 4ef2c767664c

ALTER TABLE incident ALTER COLUMN generated_summary TYPE VARCHAR;

ALTER TABLE incident ALTER COLUMN user_summary TYPE VARCHAR;
