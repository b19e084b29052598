-- revision: f73a96c97449
-- down_revision: 62bf576b2cd3
-- message: CTFd/CTFd add_logic_column_to_challenges

-- migrate:up
-- alembic: upgrade 62bf576b2cd3 -> f73a96c97449

ALTER TABLE challenges ADD COLUMN logic VARCHAR(80) NOT NULL;

-- migrate:down
-- alembic: downgrade f73a96c97449 -> 62bf576b2cd3

ALTER TABLE challenges DROP COLUMN logic;
