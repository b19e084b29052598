-- revision: v20170820180453
-- down_revision: v20170804200817
-- message: rust-lang/crates.io readme_rendering_tracking

-- migrate:up
CREATE TABLE readme_rendering (
    version_id INTEGER NOT NULL PRIMARY KEY,
    rendered_at TIMESTAMP WITHOUT TIME ZONE
);

ALTER TABLE readme_rendering
ADD CONSTRAINT "fk_readme_rendering_version_id"
FOREIGN KEY (version_id)
REFERENCES versions(id)
ON DELETE CASCADE;

-- migrate:down
DROP TABLE readme_rendering;
