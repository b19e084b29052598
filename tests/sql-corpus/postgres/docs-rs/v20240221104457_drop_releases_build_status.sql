-- revision: v20240221104457
-- down_revision: v20231021111635
-- message: rust-lang/docs.rs drop_releases_build_status

-- migrate:up
ALTER TABLE releases DROP COLUMN build_status;

-- migrate:down
ALTER TABLE releases ADD COLUMN build_status BOOL;

UPDATE releases SET build_status = (
    SELECT builds.build_status
    FROM builds
    WHERE builds.rid = releases.id
    ORDER BY builds.build_time DESC
    LIMIT 1
);
