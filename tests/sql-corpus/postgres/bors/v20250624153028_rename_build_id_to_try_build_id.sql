-- revision: v20250624153028
-- down_revision: v20250624151719
-- message: rust-lang/bors rename_build_id_to_try_build_id

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request DROP CONSTRAINT fk_build_id;

ALTER TABLE pull_request RENAME COLUMN build_id TO try_build_id;

ALTER TABLE pull_request ADD CONSTRAINT fk_try_build_id FOREIGN KEY (try_build_id) REFERENCES build(id);

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request DROP CONSTRAINT fk_try_build_id;

ALTER TABLE pull_request RENAME COLUMN try_build_id TO build_id;

ALTER TABLE pull_request ADD CONSTRAINT fk_build_id FOREIGN KEY (build_id) REFERENCES build(id);
