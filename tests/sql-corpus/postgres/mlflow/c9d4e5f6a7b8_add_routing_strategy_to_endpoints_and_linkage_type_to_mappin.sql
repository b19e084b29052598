-- revision: c9d4e5f6a7b8
-- down_revision: 5d2d30f0abce
-- message: mlflow/mlflow add_routing_strategy_to_endpoints_and_linkage_type_to_mappin

-- migrate:up
-- alembic: upgrade 5d2d30f0abce -> c9d4e5f6a7b8

ALTER TABLE endpoints ADD COLUMN routing_strategy VARCHAR(64);

ALTER TABLE endpoints ADD COLUMN fallback_config_json TEXT;

ALTER TABLE endpoint_model_mappings ADD COLUMN linkage_type VARCHAR(64) DEFAULT 'PRIMARY' NOT NULL;

ALTER TABLE endpoint_model_mappings ADD COLUMN fallback_order INTEGER;

DROP INDEX unique_endpoint_model_mapping;

CREATE UNIQUE INDEX unique_endpoint_model_linkage_mapping ON endpoint_model_mappings (endpoint_id, model_definition_id, linkage_type);

-- migrate:down
-- alembic: downgrade c9d4e5f6a7b8 -> 5d2d30f0abce

DROP INDEX unique_endpoint_model_linkage_mapping;

CREATE UNIQUE INDEX unique_endpoint_model_mapping ON endpoint_model_mappings (endpoint_id, model_definition_id);

ALTER TABLE endpoint_model_mappings DROP COLUMN fallback_order;

ALTER TABLE endpoint_model_mappings DROP COLUMN linkage_type;

ALTER TABLE endpoints DROP COLUMN fallback_config_json;

ALTER TABLE endpoints DROP COLUMN routing_strategy;
