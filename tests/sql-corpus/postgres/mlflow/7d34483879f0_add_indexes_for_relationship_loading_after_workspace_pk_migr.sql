-- revision: 7d34483879f0
-- down_revision: ae8bbe7743c9
-- message: mlflow/mlflow add_indexes_for_relationship_loading_after_workspace_pk_migr

-- migrate:up
-- alembic: upgrade ae8bbe7743c9 -> 7d34483879f0

CREATE INDEX idx_model_version_tags_workspace_name_version ON model_version_tags (workspace, name, version);

CREATE INDEX idx_registered_model_tags_workspace_name ON registered_model_tags (workspace, name);

-- migrate:down
-- alembic: downgrade 7d34483879f0 -> ae8bbe7743c9

DROP INDEX idx_registered_model_tags_workspace_name;

DROP INDEX idx_model_version_tags_workspace_name_version;
