-- revision: 5c4996aeb2cb
-- down_revision: 9e6f6578ca84
-- message: CTFd/CTFd add_sha1sum_field_to_files

-- migrate:up
-- alembic: upgrade 9e6f6578ca84 -> 5c4996aeb2cb

ALTER TABLE files ADD COLUMN sha1sum VARCHAR(40);

-- migrate:down
-- alembic: downgrade 5c4996aeb2cb -> 9e6f6578ca84

ALTER TABLE files DROP COLUMN sha1sum;
