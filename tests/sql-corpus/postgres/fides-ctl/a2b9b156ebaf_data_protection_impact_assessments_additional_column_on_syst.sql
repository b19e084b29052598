-- revision: a2b9b156ebaf
-- down_revision: adad3be6af08
-- message: ethyca/fides data_protection_impact_assessments_additional_column_on_syst

-- migrate:up
-- alembic: upgrade adad3be6af08 -> a2b9b156ebaf

ALTER TABLE systems ADD COLUMN data_protection_impact_assessment JSON;

-- migrate:down
-- alembic: downgrade a2b9b156ebaf -> adad3be6af08

ALTER TABLE systems DROP COLUMN data_protection_impact_assessment;
