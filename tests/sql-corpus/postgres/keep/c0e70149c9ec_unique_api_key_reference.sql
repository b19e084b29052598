-- revision: c0e70149c9ec
-- down_revision: ca74b4a04371
-- message: keephq/keep unique_api_key_reference

-- migrate:up
-- alembic: upgrade ca74b4a04371 -> c0e70149c9ec

ALTER TABLE tenantapikey ADD CONSTRAINT unique_tenant_to_reference UNIQUE (tenant_id, reference_id);

-- migrate:down
-- alembic: downgrade c0e70149c9ec -> ca74b4a04371

ALTER TABLE tenantapikey DROP CONSTRAINT unique_tenant_to_reference;
