-- revision: ebe550f9fbbe
-- down_revision: 0653794b6252
-- message: mamba-org/quetz added_create_at_and_expire_at_date_to_api_key

-- migrate:up
-- alembic: upgrade 0653794b6252 -> ebe550f9fbbe

ALTER TABLE api_keys ADD COLUMN time_created DATE DEFAULT '2020-01-01' NOT NULL;

ALTER TABLE api_keys ADD COLUMN expire_at DATE;

-- migrate:down
-- alembic: downgrade ebe550f9fbbe -> 0653794b6252

ALTER TABLE api_keys DROP COLUMN expire_at;

ALTER TABLE api_keys DROP COLUMN time_created;
