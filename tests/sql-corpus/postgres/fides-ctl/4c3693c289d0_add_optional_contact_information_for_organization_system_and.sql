-- revision: 4c3693c289d0
-- down_revision: 7c851d8a102a
-- message: ethyca/fides add_optional_contact_information_for_organization_system_and

-- migrate:up
-- alembic: upgrade 7c851d8a102a -> 4c3693c289d0

CREATE EXTENSION IF NOT EXISTS pgcrypto;

ALTER TABLE datasets ADD COLUMN joint_controller BYTEA;

ALTER TABLE evaluations DROP COLUMN updated_at;

ALTER TABLE evaluations DROP COLUMN created_at;

ALTER TABLE organizations ADD COLUMN controller BYTEA;

ALTER TABLE organizations ADD COLUMN data_protection_officer BYTEA;

ALTER TABLE organizations ADD COLUMN representative BYTEA;

ALTER TABLE systems ADD COLUMN joint_controller BYTEA;

-- migrate:down
-- alembic: downgrade 4c3693c289d0 -> 7c851d8a102a

ALTER TABLE systems DROP COLUMN joint_controller;

ALTER TABLE organizations DROP COLUMN controller;

ALTER TABLE organizations DROP COLUMN data_protection_officer;

ALTER TABLE organizations DROP COLUMN representative;

ALTER TABLE evaluations ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE evaluations ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE datasets DROP COLUMN joint_controller;
