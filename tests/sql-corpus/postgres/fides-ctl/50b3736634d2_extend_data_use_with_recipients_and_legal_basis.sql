-- revision: 50b3736634d2
-- down_revision: 1739aa4a4ab7
-- message: ethyca/fides extend_data_use_with_recipients_and_legal_basis

-- migrate:up
-- alembic: upgrade 1739aa4a4ab7 -> 50b3736634d2

ALTER TABLE data_uses ADD COLUMN legal_basis TEXT;

ALTER TABLE data_uses ADD COLUMN recipients VARCHAR[];

ALTER TABLE datasets ADD COLUMN third_country_transfers VARCHAR[];

ALTER TABLE systems ADD COLUMN third_country_transfers VARCHAR[];

ALTER TABLE systems ADD COLUMN administrating_department VARCHAR;

-- migrate:down
-- alembic: downgrade 50b3736634d2 -> 1739aa4a4ab7

ALTER TABLE data_uses DROP COLUMN recipients;

ALTER TABLE data_uses DROP COLUMN legal_basis;

ALTER TABLE systems DROP COLUMN third_country_transfers;

ALTER TABLE datasets DROP COLUMN third_country_transfers;

ALTER TABLE systems DROP COLUMN administrating_department;
