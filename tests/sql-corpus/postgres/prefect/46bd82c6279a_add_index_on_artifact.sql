-- revision: 46bd82c6279a
-- down_revision: d20618ce678e
-- message: PrefectHQ/prefect add_index_on_artifact

-- migrate:up
-- alembic: upgrade d20618ce678e -> 46bd82c6279a

CREATE INDEX
        IF NOT EXISTS
        ix_artifact__key_created_desc
        ON artifact (key, created DESC)
        INCLUDE (id, updated, type, task_run_id, flow_run_id);

-- migrate:down
-- alembic: downgrade 46bd82c6279a -> d20618ce678e

DROP INDEX
        IF EXISTS
        ix_artifact__key_created_desc;
