-- revision: b7e4c1a90f23
-- down_revision: 89d3d66ed43f
-- message: mlflow/mlflow add_review_queue_tables

-- migrate:up
-- alembic: upgrade 89d3d66ed43f -> b7e4c1a90f23

CREATE TABLE review_queues (
    queue_id VARCHAR(36) NOT NULL,
    experiment_id INTEGER NOT NULL,
    name VARCHAR(250) NOT NULL,
    queue_type VARCHAR(16) NOT NULL,
    created_by VARCHAR(255),
    creation_time_ms BIGINT NOT NULL,
    last_update_time_ms BIGINT NOT NULL,
    name_key VARCHAR(250) NOT NULL,
    CONSTRAINT review_queues_pk PRIMARY KEY (queue_id),
    CONSTRAINT fk_review_queues_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE,
    CONSTRAINT uq_review_queues_experiment_name_key UNIQUE (experiment_id, name_key)
);

CREATE INDEX index_review_queues_experiment_id ON review_queues (experiment_id);

CREATE TABLE review_queue_users (
    queue_id VARCHAR(36) NOT NULL,
    user_id VARCHAR(250) NOT NULL,
    CONSTRAINT review_queue_users_pk PRIMARY KEY (queue_id, user_id),
    CONSTRAINT fk_review_queue_users_queue_id FOREIGN KEY(queue_id) REFERENCES review_queues (queue_id) ON DELETE CASCADE
);

CREATE INDEX index_review_queue_users_user_id ON review_queue_users (user_id);

CREATE TABLE review_queue_items (
    queue_id VARCHAR(36) NOT NULL,
    item_type VARCHAR(16) NOT NULL,
    item_id VARCHAR(50) NOT NULL,
    status VARCHAR(16) NOT NULL,
    completed_by VARCHAR(250),
    completed_time_ms BIGINT,
    creation_time_ms BIGINT NOT NULL,
    last_update_time_ms BIGINT NOT NULL,
    CONSTRAINT review_queue_items_pk PRIMARY KEY (queue_id, item_id),
    CONSTRAINT fk_review_queue_items_queue_id FOREIGN KEY(queue_id) REFERENCES review_queues (queue_id) ON DELETE CASCADE
);

CREATE INDEX index_review_queue_items_queue_id_status ON review_queue_items (queue_id, status);

CREATE INDEX index_review_queue_items_item_id ON review_queue_items (item_id);

CREATE TABLE review_queue_label_schemas (
    queue_id VARCHAR(36) NOT NULL,
    schema_id VARCHAR(36) NOT NULL,
    CONSTRAINT review_queue_label_schemas_pk PRIMARY KEY (queue_id, schema_id),
    CONSTRAINT fk_review_queue_label_schemas_queue_id FOREIGN KEY(queue_id) REFERENCES review_queues (queue_id) ON DELETE CASCADE
);

CREATE INDEX index_review_queue_label_schemas_schema_id ON review_queue_label_schemas (schema_id);

-- migrate:down
-- alembic: downgrade b7e4c1a90f23 -> 89d3d66ed43f

DROP INDEX index_review_queue_label_schemas_schema_id;

DROP TABLE review_queue_label_schemas;

DROP INDEX index_review_queue_items_item_id;

DROP INDEX index_review_queue_items_queue_id_status;

DROP TABLE review_queue_items;

DROP INDEX index_review_queue_users_user_id;

DROP TABLE review_queue_users;

DROP INDEX index_review_queues_experiment_id;

DROP TABLE review_queues;
