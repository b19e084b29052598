-- revision: ea25d9402518
-- down_revision: 35ebba262eb0
-- message: keephq/keep add_idx_alert_tenant_provider_index

-- migrate:up
-- alembic: upgrade 35ebba262eb0 -> ea25d9402518

CREATE INDEX idx_alert_tenant_provider ON alert (tenant_id, provider_id);

-- migrate:down
-- alembic: downgrade ea25d9402518 -> 35ebba262eb0

DROP INDEX idx_alert_tenant_provider;
