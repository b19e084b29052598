-- revision: v20250624212942
-- down_revision: v20250624153028
-- message: rust-lang/bors add_workflow_cascade_delete

-- migrate:up
-- Add up migration script here
ALTER TABLE workflow DROP CONSTRAINT fk_build_id;
ALTER TABLE workflow ADD CONSTRAINT fk_build_id FOREIGN KEY (build_id) REFERENCES build(id) ON DELETE CASCADE;

-- migrate:down
-- Add down migration script here
ALTER TABLE workflow DROP CONSTRAINT fk_build_id;
ALTER TABLE workflow ADD CONSTRAINT fk_build_id FOREIGN KEY (build_id) REFERENCES build(id);
