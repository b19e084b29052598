-- revision: 7a94527643a1
-- down_revision: 150f234ef1de
-- message: ethyca/fides add_column_for_special_category_to_data_uses

-- migrate:up
-- alembic: upgrade 150f234ef1de -> 7a94527643a1

ALTER TABLE data_uses ADD COLUMN special_category TEXT;

-- migrate:down
-- alembic: downgrade 7a94527643a1 -> 150f234ef1de

ALTER TABLE data_uses DROP COLUMN special_category;
