-- revision: 7c851d8a102a
-- down_revision: 312aff72b275
-- message: ethyca/fides add_created_at_and_updated_at

-- migrate:up
-- alembic: upgrade 312aff72b275 -> 7c851d8a102a

ALTER TABLE data_categories ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE data_categories ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE data_qualifiers ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE data_qualifiers ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE data_uses ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE data_uses ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE data_subjects ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE data_subjects ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE datasets ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE datasets ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE evaluations ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE evaluations ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE policies ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE policies ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE registries ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE registries ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE systems ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE systems ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE organizations ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT now();

ALTER TABLE organizations ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT now();

-- migrate:down
-- alembic: downgrade 7c851d8a102a -> 312aff72b275

ALTER TABLE data_categories DROP COLUMN created_at;

ALTER TABLE data_categories DROP COLUMN updated_at;

ALTER TABLE data_qualifiers DROP COLUMN created_at;

ALTER TABLE data_qualifiers DROP COLUMN updated_at;

ALTER TABLE data_uses DROP COLUMN created_at;

ALTER TABLE data_uses DROP COLUMN updated_at;

ALTER TABLE data_subjects DROP COLUMN created_at;

ALTER TABLE data_subjects DROP COLUMN updated_at;

ALTER TABLE datasets DROP COLUMN created_at;

ALTER TABLE datasets DROP COLUMN updated_at;

ALTER TABLE evaluations DROP COLUMN created_at;

ALTER TABLE evaluations DROP COLUMN updated_at;

ALTER TABLE policies DROP COLUMN created_at;

ALTER TABLE policies DROP COLUMN updated_at;

ALTER TABLE registries DROP COLUMN created_at;

ALTER TABLE registries DROP COLUMN updated_at;

ALTER TABLE systems DROP COLUMN created_at;

ALTER TABLE systems DROP COLUMN updated_at;

ALTER TABLE organizations DROP COLUMN created_at;

ALTER TABLE organizations DROP COLUMN updated_at;
