-- revision: v0014
-- down_revision: v0013
-- message: harness/harness alter_pullreq_activity_code_comments

-- migrate:up
ALTER TABLE pullreq_activities
    ADD COLUMN pullreq_activity_outdated BOOLEAN,
    ADD COLUMN pullreq_activity_code_comment_merge_base_sha TEXT,
    ADD COLUMN pullreq_activity_code_comment_source_sha TEXT,
    ADD COLUMN pullreq_activity_code_comment_path TEXT,
    ADD COLUMN pullreq_activity_code_comment_line_new INTEGER,
    ADD COLUMN pullreq_activity_code_comment_span_new INTEGER,
    ADD COLUMN pullreq_activity_code_comment_line_old INTEGER,
    ADD COLUMN pullreq_activity_code_comment_span_old INTEGER;

-- migrate:down
ALTER TABLE pullreq_activities
    DROP COLUMN pullreq_activity_outdated,
    DROP COLUMN pullreq_activity_code_comment_merge_base_sha,
    DROP COLUMN pullreq_activity_code_comment_source_sha,
    DROP COLUMN pullreq_activity_code_comment_path,
    DROP COLUMN pullreq_activity_code_comment_line_new,
    DROP COLUMN pullreq_activity_code_comment_span_new,
    DROP COLUMN pullreq_activity_code_comment_line_old,
    DROP COLUMN pullreq_activity_code_comment_span_old;
