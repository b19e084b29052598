-- revision: a02c5bf43407
-- down_revision: 9889b8c53673
-- message: CTFd/CTFd add_link_target_to_pages

-- migrate:up
-- alembic: upgrade 9889b8c53673 -> a02c5bf43407

ALTER TABLE pages ADD COLUMN link_target VARCHAR(80);

-- migrate:down
-- alembic: downgrade a02c5bf43407 -> 9889b8c53673

ALTER TABLE pages DROP COLUMN link_target;
