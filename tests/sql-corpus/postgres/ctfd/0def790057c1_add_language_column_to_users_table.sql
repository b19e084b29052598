-- revision: 0def790057c1
-- down_revision: 46a278193a94
-- message: CTFd/CTFd add_language_column_to_users_table

-- migrate:up
-- alembic: upgrade 46a278193a94 -> 0def790057c1

ALTER TABLE users ADD COLUMN language VARCHAR(32);

-- migrate:down
-- alembic: downgrade 0def790057c1 -> 46a278193a94

ALTER TABLE users DROP COLUMN language;
