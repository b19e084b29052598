-- revision: 27a6a02d2cf1
-- down_revision: 728d730b5ebd
-- message: mlflow/mlflow add_model_version_tags_table

-- migrate:up
-- alembic: upgrade 728d730b5ebd -> 27a6a02d2cf1

CREATE TABLE model_version_tags (
    key VARCHAR(250) NOT NULL,
    value VARCHAR(5000),
    name VARCHAR(256) NOT NULL,
    version INTEGER NOT NULL,
    CONSTRAINT model_version_tag_pk PRIMARY KEY (key, name, version),
    FOREIGN KEY(name, version) REFERENCES model_versions (name, version) ON UPDATE cascade
);

-- migrate:down
-- alembic: downgrade 27a6a02d2cf1 -> 728d730b5ebd
