-- revision: v20250626183025
-- down_revision: v20250425090000
-- message: rust-lang/crates.io add_linecounts_column

-- migrate:up
-- Add line count statistics column to versions table
ALTER TABLE versions
ADD COLUMN linecounts JSONB DEFAULT NULL;

-- Add comment explaining the column
COMMENT ON COLUMN versions.linecounts IS 'Source Lines of Code statistics for this version, stored as JSON with language breakdown and totals.';

-- migrate:down
-- Remove line count statistics column from versions table
ALTER TABLE versions 
DROP COLUMN linecounts;
