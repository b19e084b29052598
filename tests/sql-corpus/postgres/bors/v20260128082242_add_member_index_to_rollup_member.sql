-- revision: v20260128082242
-- down_revision: v20260123212918
-- message: rust-lang/bors add_member_index_to_rollup_member

-- migrate:up
-- Add up migration script here
CREATE INDEX IF NOT EXISTS rollup_member_member ON rollup_member (member);

-- migrate:down
-- Add down migration script here
DROP INDEX IF EXISTS rollup_member_member;
