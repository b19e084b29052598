-- revision: v20250325124224
-- down_revision: v20250320121200
-- message: Unleash/unleash environment_required_approvals

-- migrate:up
ALTER TABLE environments ADD COLUMN required_approvals INTEGER;

-- migrate:down irreversible
