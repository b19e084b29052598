-- revision: v011
-- down_revision: v010
-- message: rust-lang/triagebot migration_11

-- migrate:up
CREATE UNIQUE INDEX jobs_name_scheduled_at_unique_index
    ON jobs (
        name, scheduled_at
    );

-- migrate:down irreversible
