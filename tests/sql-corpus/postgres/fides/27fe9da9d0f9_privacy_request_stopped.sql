-- revision: 27fe9da9d0f9
-- down_revision: 1ff88b7bd579
-- message: ethyca/fides privacy_request_stopped

-- migrate:up
-- alembic: upgrade 1ff88b7bd579 -> 27fe9da9d0f9

ALTER TABLE privacyrequest ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade 27fe9da9d0f9 -> 1ff88b7bd579

ALTER TABLE privacyrequest DROP COLUMN paused_at;
