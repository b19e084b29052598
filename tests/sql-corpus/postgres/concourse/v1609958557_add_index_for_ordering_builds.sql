-- revision: v1609958557
-- down_revision: v1606489231
-- message: concourse/concourse add_index_for_ordering_builds

-- migrate:up

DROP INDEX IF EXISTS ready_and_scheduled_ordering_with_rerun_builds_idx;
CREATE INDEX order_builds_by_rerun_of_or_id_idx ON builds((COALESCE(rerun_of, id)) DESC, id DESC);


-- migrate:down

DROP INDEX order_builds_by_rerun_of_or_id_idx;
CREATE INDEX ready_and_scheduled_ordering_with_rerun_builds_idx ON builds (job_id, COALESCE(rerun_of, id) DESC, id DESC) WHERE inputs_ready AND scheduled;

