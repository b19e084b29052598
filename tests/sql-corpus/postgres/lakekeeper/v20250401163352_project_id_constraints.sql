-- revision: v20250401163352
-- down_revision: v20250328131139
-- message: lakekeeper/lakekeeper project_id_constraints

-- migrate:up
ALTER TABLE warehouse ADD CONSTRAINT unique_warehouse_name_in_project UNIQUE (project_id, warehouse_name);

CREATE INDEX "warehouse_project_id_name" ON warehouse (
    project_id,
    warehouse_name collate "case_insensitive"
);

-- migrate:down irreversible
