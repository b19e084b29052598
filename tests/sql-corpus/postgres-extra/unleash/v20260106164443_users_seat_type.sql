-- revision: v20260106164443
-- down_revision: v20251218153722
-- message: Unleash/unleash users_seat_type

-- migrate:up
ALTER TABLE users ADD COLUMN IF NOT EXISTS seat_type TEXT;

-- migrate:down irreversible
