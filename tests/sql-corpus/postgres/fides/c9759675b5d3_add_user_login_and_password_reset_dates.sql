-- revision: c9759675b5d3
-- down_revision: 906d7198df28
-- message: ethyca/fides add_user_login_and_password_reset_dates

-- migrate:up
-- alembic: upgrade 906d7198df28 -> c9759675b5d3

ALTER TABLE fidesopsuser ADD COLUMN last_login_at TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE fidesopsuser ADD COLUMN password_reset_at TIMESTAMP WITHOUT TIME ZONE;

-- migrate:down
-- alembic: downgrade c9759675b5d3 -> 906d7198df28

ALTER TABLE fidesopsuser DROP COLUMN last_login_at;

ALTER TABLE fidesopsuser DROP COLUMN password_reset_at;
