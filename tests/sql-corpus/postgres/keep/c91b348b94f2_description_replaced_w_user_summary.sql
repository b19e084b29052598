-- revision: c91b348b94f2
-- down_revision: 8e5942040de6
-- message: keephq/keep description_replaced_w_user_summary

-- migrate:up
-- alembic: upgrade 8e5942040de6 -> c91b348b94f2

ALTER TABLE incident DROP COLUMN description;

-- migrate:down
-- alembic: downgrade c91b348b94f2 -> 8e5942040de6

ALTER TABLE incident ADD COLUMN description VARCHAR DEFAULT '' NOT NULL;

ALTER TABLE incident DROP COLUMN user_summary;
