-- revision: v20190212200540
-- down_revision: v20190126090348
-- message: rust-lang/crates.io track_version_published_by_email

-- migrate:up
CREATE TABLE versions_published_by (
    version_id INTEGER NOT NULL PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,
    email VARCHAR NOT NULL
);

-- migrate:down
DROP TABLE versions_published_by;
