-- revision: a49ad66aa0f1
-- down_revision: 4fe3eeed9a9d
-- message: CTFd/CTFd add_title_to_hint

-- migrate:up
-- alembic: upgrade 4fe3eeed9a9d -> a49ad66aa0f1

ALTER TABLE hints ADD COLUMN title VARCHAR(80);

-- migrate:down
-- alembic: downgrade a49ad66aa0f1 -> 4fe3eeed9a9d

ALTER TABLE hints DROP COLUMN title;
