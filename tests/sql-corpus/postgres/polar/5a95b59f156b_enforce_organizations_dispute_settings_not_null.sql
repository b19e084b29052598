-- revision: 5a95b59f156b
-- down_revision: 98f971463e5d
-- message: polarsource/polar enforce_organizations_dispute_settings_not_null

-- migrate:up
-- alembic: upgrade 98f971463e5d -> 5a95b59f156b

SET LOCAL lock_timeout = '30s';

UPDATE organizations
        SET dispute_settings = '{"auto_accept_below_amount": null, "auto_accept_currency": null}'
        WHERE dispute_settings IS NULL;

ALTER TABLE organizations ALTER COLUMN dispute_settings SET NOT NULL;

-- migrate:down
-- alembic: downgrade 5a95b59f156b -> 98f971463e5d

SET LOCAL lock_timeout = '30s';

ALTER TABLE organizations ALTER COLUMN dispute_settings DROP NOT NULL;
