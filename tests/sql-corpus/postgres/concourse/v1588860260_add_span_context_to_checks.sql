-- revision: v1588860260
-- down_revision: v1584564140
-- message: concourse/concourse add_span_context_to_checks

-- migrate:up

ALTER TABLE checks ADD COLUMN span_context jsonb;


-- migrate:down

ALTER TABLE checks DROP COLUMN span_context;

