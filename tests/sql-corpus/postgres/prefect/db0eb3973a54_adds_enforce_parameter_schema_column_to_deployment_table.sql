-- revision: db0eb3973a54
-- down_revision: 50f8c182c3ca
-- message: PrefectHQ/prefect adds_enforce_parameter_schema_column_to_deployment_table

-- migrate:up
-- alembic: upgrade 50f8c182c3ca -> db0eb3973a54

ALTER TABLE deployment ADD COLUMN enforce_parameter_schema BOOLEAN DEFAULT '0' NOT NULL;

-- migrate:down
-- alembic: downgrade db0eb3973a54 -> 50f8c182c3ca

ALTER TABLE deployment DROP COLUMN enforce_parameter_schema;
