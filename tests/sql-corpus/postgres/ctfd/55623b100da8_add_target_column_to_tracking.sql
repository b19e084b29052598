-- revision: 55623b100da8
-- down_revision: 5c98d9253f56
-- message: CTFd/CTFd add_target_column_to_tracking

-- migrate:up
-- alembic: upgrade 5c98d9253f56 -> 55623b100da8

ALTER TABLE tracking ADD COLUMN target INTEGER;

-- migrate:down
-- alembic: downgrade 55623b100da8 -> 5c98d9253f56

ALTER TABLE tracking DROP COLUMN target;
