-- revision: 37f4ba372112
-- down_revision: 646c76720b00
-- message: polarsource/polar add_organization_onboarding_resubmission_requested_at

-- migrate:up
-- alembic: upgrade 646c76720b00 -> 37f4ba372112

SET LOCAL lock_timeout = '30s';

ALTER TABLE organizations ADD COLUMN onboarding_resubmission_requested_at TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade 37f4ba372112 -> 646c76720b00

SET LOCAL lock_timeout = '30s';

ALTER TABLE organizations DROP COLUMN onboarding_resubmission_requested_at;
