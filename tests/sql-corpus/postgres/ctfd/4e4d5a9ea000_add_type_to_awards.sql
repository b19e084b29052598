-- revision: 4e4d5a9ea000
-- down_revision: 8369118943a1
-- message: CTFd/CTFd add_type_to_awards

-- migrate:up
-- alembic: upgrade 8369118943a1 -> 4e4d5a9ea000

ALTER TABLE awards ADD COLUMN type VARCHAR(80) DEFAULT 'standard';

-- migrate:down
-- alembic: downgrade 4e4d5a9ea000 -> 8369118943a1

ALTER TABLE awards DROP COLUMN type;
