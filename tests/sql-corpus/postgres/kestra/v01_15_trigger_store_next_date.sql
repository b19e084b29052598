-- revision: v01_15
-- down_revision: v01_14
-- message: kestra-io/kestra trigger_store_next_date

-- migrate:up
ALTER TABLE triggers ADD COLUMN "next_execution_date" TIMESTAMPTZ GENERATED ALWAYS AS (PARSE_ISO8601_DATETIME(value ->> 'nextExecutionDate')) STORED;

-- migrate:down irreversible
