-- revision: f4a9b2c7d1e6
-- down_revision: 8b6ad64cb8f5
-- message: mlflow/mlflow make_mcp_server_versions_case_sensitive

-- migrate:up
-- alembic: upgrade 8b6ad64cb8f5 -> f4a9b2c7d1e6

-- migrate:down
-- alembic: downgrade f4a9b2c7d1e6 -> 8b6ad64cb8f5
