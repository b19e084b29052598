-- revision: v20260119100647
-- down_revision: v20260115122720
-- message: Unleash/unleash add_api_key_revision_id_to_edge_observability

-- migrate:up
ALTER TABLE stat_edge_observability ADD COLUMN api_key_revision_ids JSONB;

-- migrate:down irreversible
