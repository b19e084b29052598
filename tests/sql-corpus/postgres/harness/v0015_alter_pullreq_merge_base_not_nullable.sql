-- revision: v0015
-- down_revision: v0014
-- message: harness/harness alter_pullreq_merge_base_not_nullable

-- migrate:up
UPDATE pullreqs SET pullreq_merge_base_sha = '' WHERE pullreq_merge_base_sha IS NULL;
ALTER TABLE pullreqs
    ALTER COLUMN pullreq_merge_base_sha SET DEFAULT '',
    ALTER COLUMN pullreq_merge_base_sha SET NOT NULL;

-- migrate:down
ALTER TABLE pullreqs
    ALTER COLUMN pullreq_merge_base_sha DROP DEFAULT,
    ALTER COLUMN pullreq_merge_base_sha DROP NOT NULL;
UPDATE pullreqs SET pullreq_merge_base_sha = NULL WHERE pullreq_merge_base_sha = '';
