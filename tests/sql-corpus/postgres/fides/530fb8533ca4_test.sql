-- revision: 530fb8533ca4
-- down_revision: c9759675b5d3
-- message: ethyca/fides test

-- migrate:up
-- alembic: upgrade c9759675b5d3 -> 530fb8533ca4

ALTER TABLE fidesopsuser ALTER COLUMN last_login_at TYPE TIMESTAMP WITH TIME ZONE;

ALTER TABLE fidesopsuser ALTER COLUMN password_reset_at TYPE TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade 530fb8533ca4 -> c9759675b5d3

ALTER TABLE fidesopsuser ALTER COLUMN password_reset_at TYPE TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE fidesopsuser ALTER COLUMN last_login_at TYPE TIMESTAMP WITHOUT TIME ZONE;
