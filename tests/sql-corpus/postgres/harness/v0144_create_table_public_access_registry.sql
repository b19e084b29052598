-- revision: v0144
-- down_revision: v0143
-- message: harness/harness create_table_public_access_registry

-- migrate:up
CREATE TABLE public_access_registry (
    public_access_registry_id INTEGER PRIMARY KEY,
    CONSTRAINT fk_public_access_registry_id FOREIGN KEY (public_access_registry_id)
        REFERENCES registries (registry_id) MATCH SIMPLE
        ON UPDATE NO ACTION
        ON DELETE CASCADE
);

-- migrate:down
DROP TABLE public_access_registry
