-- revision: d8f8bd52754f
-- down_revision: be432bd23596
-- message: ethyca/fides add_tags_as_part_of_fideslang_1_1_0

-- migrate:up
-- alembic: upgrade be432bd23596 -> d8f8bd52754f

ALTER TABLE data_categories ADD COLUMN tags VARCHAR[];

ALTER TABLE data_qualifiers ADD COLUMN tags VARCHAR[];

ALTER TABLE data_subjects ADD COLUMN tags VARCHAR[];

ALTER TABLE data_uses ADD COLUMN tags VARCHAR[];

ALTER TABLE datasets ADD COLUMN tags VARCHAR[];

ALTER TABLE organizations ADD COLUMN tags VARCHAR[];

ALTER TABLE policies ADD COLUMN tags VARCHAR[];

ALTER TABLE registries ADD COLUMN tags VARCHAR[];

ALTER TABLE systems ADD COLUMN tags VARCHAR[];

-- migrate:down
-- alembic: downgrade d8f8bd52754f -> be432bd23596

ALTER TABLE systems DROP COLUMN tags;

ALTER TABLE registries DROP COLUMN tags;

ALTER TABLE policies DROP COLUMN tags;

ALTER TABLE organizations DROP COLUMN tags;

ALTER TABLE datasets DROP COLUMN tags;

ALTER TABLE data_uses DROP COLUMN tags;

ALTER TABLE data_subjects DROP COLUMN tags;

ALTER TABLE data_qualifiers DROP COLUMN tags;

ALTER TABLE data_categories DROP COLUMN tags;
