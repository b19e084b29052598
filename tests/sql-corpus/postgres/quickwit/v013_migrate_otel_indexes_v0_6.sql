-- revision: v013
-- down_revision: v012
-- message: quickwit-oss/quickwit migrate_otel_indexes_v0_6

-- migrate:up
UPDATE 
   indexes
SET 
   index_metadata_json = REPLACE(
      REPLACE(index_metadata_json, '"output_format":"base64"', '"output_format":"hex"'),
      '"input_format":"base64"', '"input_format":"hex"'
   )
WHERE 
    index_id in ('otel-logs-v0_6', 'otel-traces-v0_6');

-- migrate:down
UPDATE 
   indexes
SET 
   index_metadata_json = REPLACE(
      REPLACE(index_metadata_json, '"output_format":"hex"', '"output_format":"base64"'),
      '"input_format":"hex"', '"input_format":"base64"'
   )
WHERE 
    index_id in ('otel-logs-v0_6', 'otel-traces-v0_6');
