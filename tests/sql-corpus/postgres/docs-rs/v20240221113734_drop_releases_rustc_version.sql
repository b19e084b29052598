-- revision: v20240221113734
-- down_revision: v20240221104457
-- message: rust-lang/docs.rs drop_releases_rustc_version

-- migrate:up
ALTER TABLE releases DROP COLUMN doc_rustc_version;

-- migrate:down
ALTER TABLE releases ADD COLUMN doc_rustc_version VARCHAR(100);

UPDATE releases SET doc_rustc_version = (
    SELECT builds.rustc_version
    FROM builds
    WHERE builds.rid = releases.id
    ORDER BY builds.build_time DESC
    LIMIT 1
);

ALTER TABLE releases ALTER COLUMN doc_rustc_version SET NOT NULL;
