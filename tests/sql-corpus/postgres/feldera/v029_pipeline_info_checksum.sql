-- revision: v029
-- down_revision: v028
-- message: feldera/feldera pipeline_info_checksum

-- migrate:up
ALTER TABLE pipeline
ADD COLUMN program_info_integrity_checksum VARCHAR NULL;

-- migrate:down irreversible
