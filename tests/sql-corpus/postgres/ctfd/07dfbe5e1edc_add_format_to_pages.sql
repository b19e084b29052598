-- revision: 07dfbe5e1edc
-- down_revision: 75e8ab9a0014
-- message: CTFd/CTFd add_format_to_pages

-- migrate:up
-- alembic: upgrade 75e8ab9a0014 -> 07dfbe5e1edc

ALTER TABLE pages ADD COLUMN format VARCHAR(80);

-- migrate:down
-- alembic: downgrade 07dfbe5e1edc -> 75e8ab9a0014

ALTER TABLE pages DROP COLUMN format;
