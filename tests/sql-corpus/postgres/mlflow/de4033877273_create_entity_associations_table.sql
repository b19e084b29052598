-- revision: de4033877273
-- down_revision: a1b2c3d4e5f6
-- message: mlflow/mlflow create_entity_associations_table

-- migrate:up
-- alembic: upgrade a1b2c3d4e5f6 -> de4033877273

CREATE TABLE entity_associations (
    association_id VARCHAR(36) NOT NULL,
    source_type VARCHAR(36) NOT NULL,
    source_id VARCHAR(36) NOT NULL,
    destination_type VARCHAR(36) NOT NULL,
    destination_id VARCHAR(36) NOT NULL,
    created_time BIGINT,
    CONSTRAINT entity_associations_pk PRIMARY KEY (source_type, source_id, destination_type, destination_id)
);

CREATE INDEX index_entity_associations_association_id ON entity_associations (association_id);

CREATE INDEX index_entity_associations_reverse_lookup ON entity_associations (destination_type, destination_id, source_type, source_id);

-- migrate:down
-- alembic: downgrade de4033877273 -> a1b2c3d4e5f6

DROP TABLE entity_associations;
