-- revision: c4df5d585029
-- down_revision: cf88efa1ad89
-- message: ethyca/fides data_use_unique_together

-- migrate:up
-- alembic: upgrade cf88efa1ad89 -> c4df5d585029

ALTER TABLE consent DROP CONSTRAINT consent_data_use_key;

ALTER TABLE consent ADD CONSTRAINT uix_identity_data_use UNIQUE (provided_identity_id, data_use);

-- migrate:down
-- alembic: downgrade c4df5d585029 -> cf88efa1ad89

ALTER TABLE consent DROP CONSTRAINT uix_identity_data_use;

ALTER TABLE consent ADD CONSTRAINT consent_data_use_key UNIQUE (data_use);
