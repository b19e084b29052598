-- revision: 728d730b5ebd
-- down_revision: 0a8213491aaa
-- message: mlflow/mlflow add_registered_model_tags_table

-- migrate:up
-- alembic: upgrade 0a8213491aaa -> 728d730b5ebd

CREATE TABLE registered_model_tags (
    key VARCHAR(250) NOT NULL,
    value VARCHAR(5000),
    name VARCHAR(256) NOT NULL,
    CONSTRAINT registered_model_tag_pk PRIMARY KEY (key, name),
    FOREIGN KEY(name) REFERENCES registered_models (name) ON UPDATE cascade
);

-- migrate:down
-- alembic: downgrade 728d730b5ebd -> 0a8213491aaa
