-- revision: 8275865e5992
-- down_revision: e69a79ebffd3
-- message: CTFd/CTFd add_scheduled_at_column_to_challenges

-- migrate:up
-- alembic: upgrade e69a79ebffd3 -> 8275865e5992

ALTER TABLE challenges ADD COLUMN scheduled_at TIMESTAMP WITHOUT TIME ZONE;

-- migrate:down
-- alembic: downgrade 8275865e5992 -> e69a79ebffd3

ALTER TABLE challenges DROP COLUMN scheduled_at;
