-- revision: v20251215115722
-- down_revision: v20250729051122
-- message: rust-lang/bors add_kind_to_build

-- migrate:up
-- Add up migration script here
ALTER TABLE build
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'try';

UPDATE build
SET kind =
        CASE
            WHEN build.branch LIKE '%auto' THEN 'auto'
            ELSE 'try'
            END;

-- migrate:down
-- Add down migration script here
ALTER TABLE build
    DROP COLUMN kind;
