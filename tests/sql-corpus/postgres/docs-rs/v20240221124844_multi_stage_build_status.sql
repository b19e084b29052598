-- revision: v20240221124844
-- down_revision: v20240221114302
-- message: rust-lang/docs.rs multi_stage_build_status

-- migrate:up
CREATE TYPE build_status AS ENUM (
    'in_progress',
    'success',
    'failure'
);

ALTER TABLE builds ALTER build_status
TYPE build_status
USING CASE
    WHEN build_status
        THEN 'success'::build_status
    ELSE 'failure'::build_status
END;

-- migrate:down
LOCK builds, releases;

DELETE FROM builds WHERE build_status = 'in_progress';

ALTER TABLE builds ALTER build_status
TYPE BOOL
USING build_status = 'success';

DROP TYPE BUILD_STATUS;
