-- revision: v20170923210614
-- down_revision: v20170923191545
-- message: rust-lang/crates.io move_readme_rendering_onto_versions

-- migrate:up
ALTER TABLE versions ADD COLUMN readme_rendered_at TIMESTAMP;
UPDATE versions SET readme_rendered_at = readme_rendering.rendered_at
  FROM readme_rendering WHERE readme_rendering.version_id = versions.id;
DROP TABLE readme_rendering;

-- migrate:down
CREATE TABLE readme_rendering (
    version_id INTEGER NOT NULL PRIMARY KEY REFERENCES versions (id) ON DELETE CASCADE,
    rendered_at TIMESTAMP NOT NULL
);

INSERT INTO readme_rendering (version_id, rendered_at)
  SELECT id, readme_rendered_at FROM versions WHERE readme_rendered_at IS NOT NULL;

ALTER TABLE versions DROP COLUMN readme_rendered_at;
