-- revision: v20260302121500
-- down_revision: v20260128082242
-- message: rust-lang/bors add_rolled_up_sha_to_rollup_member

-- migrate:up
ALTER TABLE rollup_member
ADD COLUMN rolled_up_sha TEXT NOT NULL DEFAULT '';

-- Backfill existing rows from member PR with `approved_sha` as the `rolled_up_sha`
UPDATE rollup_member rm
SET
    rolled_up_sha = COALESCE(pr.approved_sha, '')
FROM
    pull_request pr
WHERE
    pr.id = rm.member;

-- migrate:down
ALTER TABLE rollup_member
DROP COLUMN IF EXISTS rolled_up_sha;
