-- revision: 6012fe8de495
-- down_revision: ef87d69ec29a
-- message: CTFd/CTFd add_connection_info_column_to_challenges

-- migrate:up
-- alembic: upgrade ef87d69ec29a -> 6012fe8de495

ALTER TABLE challenges ADD COLUMN connection_info TEXT;

-- migrate:down
-- alembic: downgrade 6012fe8de495 -> ef87d69ec29a

ALTER TABLE challenges DROP COLUMN connection_info;
