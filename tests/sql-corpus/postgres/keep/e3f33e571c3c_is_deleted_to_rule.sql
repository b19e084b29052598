-- revision: e3f33e571c3c
-- down_revision: 416155f25854
-- message: keephq/keep is_deleted_to_rule

-- migrate:up
-- alembic: upgrade 416155f25854 -> e3f33e571c3c

ALTER TABLE rule ADD COLUMN is_deleted BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade e3f33e571c3c -> 416155f25854

ALTER TABLE rule DROP COLUMN is_deleted;
