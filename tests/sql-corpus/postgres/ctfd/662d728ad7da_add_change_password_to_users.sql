-- revision: 662d728ad7da
-- down_revision: f73a96c97449
-- message: CTFd/CTFd add_change_password_to_users

-- migrate:up
-- alembic: upgrade f73a96c97449 -> 662d728ad7da

ALTER TABLE users ADD COLUMN change_password BOOLEAN;

-- migrate:down
-- alembic: downgrade 662d728ad7da -> f73a96c97449

ALTER TABLE users DROP COLUMN change_password;
