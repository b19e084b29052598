-- revision: 8d269bc4fdbd
-- down_revision: abb47e9d145a
-- message: LAION-AI/Open-Assistant add_deleted_field_to_post

-- migrate:up
-- alembic: upgrade abb47e9d145a -> 8d269bc4fdbd

ALTER TABLE message ADD COLUMN deleted BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade 8d269bc4fdbd -> abb47e9d145a

ALTER TABLE message DROP COLUMN deleted;
