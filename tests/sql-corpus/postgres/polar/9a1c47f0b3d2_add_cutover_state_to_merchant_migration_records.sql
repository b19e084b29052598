-- revision: 9a1c47f0b3d2
-- down_revision: 565c75e65f2d
-- message: polarsource/polar add_cutover_state_to_merchant_migration_records

-- migrate:up
-- alembic: upgrade 565c75e65f2d -> 9a1c47f0b3d2

SET LOCAL lock_timeout = '30s';

ALTER TABLE merchant_migration_records ADD COLUMN cutover_status VARCHAR(32);

ALTER TABLE merchant_migration_records ADD COLUMN cutover_error TEXT;

-- migrate:down
-- alembic: downgrade 9a1c47f0b3d2 -> 565c75e65f2d

SET LOCAL lock_timeout = '30s';

ALTER TABLE merchant_migration_records DROP COLUMN cutover_error;

ALTER TABLE merchant_migration_records DROP COLUMN cutover_status;
