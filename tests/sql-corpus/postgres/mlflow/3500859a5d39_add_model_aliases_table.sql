-- revision: 3500859a5d39
-- down_revision: 97727af70f4d
-- message: mlflow/mlflow add_model_aliases_table

-- migrate:up
-- alembic: upgrade 97727af70f4d -> 3500859a5d39

CREATE TABLE registered_model_aliases (
    alias VARCHAR(256) NOT NULL,
    version INTEGER NOT NULL,
    name VARCHAR(256) NOT NULL,
    CONSTRAINT registered_model_alias_pk PRIMARY KEY (name, alias),
    CONSTRAINT registered_model_alias_name_fkey FOREIGN KEY(name) REFERENCES registered_models (name) ON DELETE cascade ON UPDATE cascade
);

-- migrate:down
-- alembic: downgrade 3500859a5d39 -> 97727af70f4d
