-- revision: v20231103064746
-- down_revision: v20231030091931
-- message: Unleash/unleash change_request_schedule_change_type

-- migrate:up
ALTER TABLE change_request_schedule
        ALTER COLUMN status TYPE text USING status::text;

        -- COMMIT; (the revision's own transaction)

        DROP TYPE IF EXISTS change_request_schedule_status CASCADE;

-- migrate:down irreversible
