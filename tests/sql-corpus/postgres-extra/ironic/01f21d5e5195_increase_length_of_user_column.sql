-- revision: 01f21d5e5195
-- down_revision: aa2384fee727
-- message: openstack/ironic increase_length_of_user_column

-- migrate:up
-- alembic: upgrade aa2384fee727 -> 01f21d5e5195

ALTER TABLE node_history ALTER COLUMN "user" TYPE VARCHAR(64);

-- migrate:down irreversible
