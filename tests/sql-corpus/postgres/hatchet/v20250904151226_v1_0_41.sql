-- revision: v20250904151226
-- down_revision: v20250824131856
-- message: hatchet-dev/hatchet v1_0_41

-- migrate:up
-- +goose StatementBegin
CREATE TABLE v1_idempotency_key (
    tenant_id UUID NOT NULL,

    key TEXT NOT NULL,

    expires_at TIMESTAMPTZ NOT NULL,
    claimed_by_external_id UUID,

    inserted_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY (tenant_id, expires_at, key)
);

CREATE UNIQUE INDEX v1_idempotency_key_unique_tenant_key ON v1_idempotency_key (tenant_id, key);
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
DROP TABLE v1_idempotency_key;
-- +goose StatementEnd
