-- revision: v20250912163904
-- down_revision: v20250912162812
-- message: hatchet-dev/hatchet v1_0_43

-- migrate:up
-- +goose StatementBegin
CREATE INDEX v1_payload_wal_payload_lookup_idx ON v1_payload_wal (payload_id, payload_inserted_at, payload_type, tenant_id);
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
DROP INDEX v1_payload_wal_payload_lookup_idx;
-- +goose StatementEnd
