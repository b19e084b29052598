-- revision: 29a7d707163a
-- down_revision: 90070db16d05
-- message: ethyca/fides adds_first_name_and_last_name_to_user_model

-- migrate:up
-- alembic: upgrade 90070db16d05 -> 29a7d707163a

ALTER TABLE fidesopsuser ADD COLUMN first_name VARCHAR;

ALTER TABLE fidesopsuser ADD COLUMN last_name VARCHAR;

-- migrate:down
-- alembic: downgrade 29a7d707163a -> 90070db16d05

ALTER TABLE fidesopsuser DROP COLUMN last_name;

ALTER TABLE fidesopsuser DROP COLUMN first_name;
