-- revision: v20260812103506
-- down_revision: v20260708071150
-- message: rust-lang/bors add_pr_to_build

-- migrate:up
-- Add up migration script here
ALTER TABLE build
    ADD COLUMN pr_number BIGINT NULL;

UPDATE build
SET pr_number = pr.number
FROM pull_request AS pr
WHERE pr.try_build_id = build.id
   OR pr.auto_build_id = build.id;

-- migrate:down
-- Add down migration script here
ALTER TABLE build
    DROP COLUMN pr_number;
