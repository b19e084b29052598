-- revision: 59991b568c7d
-- down_revision: 78777e6b12d3
-- message: keephq/keep restore_idx_status_started_index

-- migrate:up
-- alembic: upgrade 78777e6b12d3 -> 59991b568c7d

DO $$
            BEGIN
                IF NOT EXISTS (
                    SELECT 1
                    FROM pg_class c
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relname = 'idx_status_started'
                    AND n.nspname = 'public'
                ) THEN
                    CREATE INDEX idx_status_started
                    ON workflowexecution (status, started);
                END IF;
            END$$;

-- migrate:down
-- alembic: downgrade 59991b568c7d -> 78777e6b12d3
