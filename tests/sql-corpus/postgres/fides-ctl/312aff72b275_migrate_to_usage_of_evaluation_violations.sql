-- revision: 312aff72b275
-- down_revision: 45c7a349db68
-- message: ethyca/fides migrate_to_usage_of_evaluation_violations

-- migrate:up
-- alembic: upgrade 45c7a349db68 -> 312aff72b275

ALTER TABLE evaluations ADD COLUMN violations JSON;

ALTER TABLE evaluations DROP COLUMN details;

-- migrate:down
-- alembic: downgrade 312aff72b275 -> 45c7a349db68

ALTER TABLE evaluations ADD COLUMN details VARCHAR[];

ALTER TABLE evaluations DROP COLUMN violations;
