-- revision: adad3be6af08
-- down_revision: fdd28c39a679
-- message: ethyca/fides privacy_notice_attributes

-- migrate:up
-- alembic: upgrade fdd28c39a679 -> adad3be6af08

ALTER TABLE data_subjects ADD COLUMN rights JSON;

ALTER TABLE data_subjects ADD COLUMN automated_decisions_or_profiling BOOLEAN;

ALTER TABLE data_uses ADD COLUMN legitimate_interest BOOLEAN;

ALTER TABLE data_uses ADD COLUMN legitimate_interest_impact_assessment VARCHAR;

-- migrate:down
-- alembic: downgrade adad3be6af08 -> fdd28c39a679

ALTER TABLE data_uses DROP COLUMN legitimate_interest_impact_assessment;

ALTER TABLE data_uses DROP COLUMN legitimate_interest;

ALTER TABLE data_subjects DROP COLUMN automated_decisions_or_profiling;

ALTER TABLE data_subjects DROP COLUMN rights;
