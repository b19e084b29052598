-- revision: v20181101223239
-- down_revision: v20181017203221
-- message: rust-lang/crates.io add_published_by_to_versions

-- migrate:up
ALTER TABLE versions
ADD COLUMN published_by integer;

ALTER TABLE versions
ADD CONSTRAINT "fk_versions_published_by"
FOREIGN KEY (published_by)
REFERENCES users(id);

-- migrate:down
ALTER TABLE versions DROP CONSTRAINT fk_versions_published_by;

ALTER TABLE versions DROP COLUMN published_by;
