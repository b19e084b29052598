-- revision: v1590517222
-- down_revision: v1590417946
-- message: concourse/concourse add_span_context_to_builds

-- migrate:up

ALTER TABLE builds ADD COLUMN span_context jsonb;


-- migrate:down

ALTER TABLE builds DROP COLUMN span_context;

