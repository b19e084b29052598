-- revision: 48d8250d19bd
-- down_revision: 67ebab6de598
-- message: CTFd/CTFd add_position_to_challenges

-- migrate:up
-- alembic: upgrade 67ebab6de598 -> 48d8250d19bd

ALTER TABLE challenges ADD COLUMN position INTEGER DEFAULT '0' NOT NULL;

-- migrate:down
-- alembic: downgrade 48d8250d19bd -> 67ebab6de598

ALTER TABLE challenges DROP COLUMN position;
