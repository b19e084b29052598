-- revision: 98f971463e5d
-- down_revision: 72c8a2d0ea56
-- message: polarsource/polar add_dispute_settings_to_organizations

-- migrate:up
-- alembic: upgrade 72c8a2d0ea56 -> 98f971463e5d

SET LOCAL lock_timeout = '30s';

ALTER TABLE organizations ADD COLUMN dispute_settings JSONB;

-- migrate:down
-- alembic: downgrade 98f971463e5d -> 72c8a2d0ea56

SET LOCAL lock_timeout = '30s';

ALTER TABLE organizations DROP COLUMN dispute_settings;
