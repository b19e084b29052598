-- revision: v20210208203708
-- down_revision: v20210127094440
-- message: Unleash/unleash add_stickiness_to_context

-- migrate:up
ALTER TABLE context_fields ADD COLUMN IF NOT EXISTS stickiness boolean DEFAULT false;

-- migrate:down irreversible
