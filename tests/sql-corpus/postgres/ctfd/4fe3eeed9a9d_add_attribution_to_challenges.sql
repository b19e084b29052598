-- revision: 4fe3eeed9a9d
-- down_revision: a02c5bf43407
-- message: CTFd/CTFd add_attribution_to_challenges

-- migrate:up
-- alembic: upgrade a02c5bf43407 -> 4fe3eeed9a9d

ALTER TABLE challenges ADD COLUMN attribution TEXT;

-- migrate:down
-- alembic: downgrade 4fe3eeed9a9d -> a02c5bf43407

ALTER TABLE challenges DROP COLUMN attribution;
