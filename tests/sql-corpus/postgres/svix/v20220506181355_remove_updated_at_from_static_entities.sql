-- revision: v20220506181355
-- down_revision: v20220428190104
-- message: svix/svix-webhooks remove_updated_at_from_static_entities

-- migrate:up
ALTER TABLE message DROP COLUMN updated_at;
ALTER TABLE messageattempt DROP COLUMN updated_at;

-- migrate:down
-- rollback makes updated_at inaccurate but preserves SeaORM type integrity
ALTER TABLE message ADD COLUMN updated_at timestamp with time zone NOT NULL DEFAULT now();
ALTER TABLE messageattempt ADD COLUMN updated_at timestamp with time zone NOT NULL DEFAULT now();
