-- revision: v0012
-- down_revision: v0011
-- message: goharbor/harbor 1_9_4_schema

-- migrate:up
/* change the data type to text to accommodate larger data */
ALTER TABLE properties ALTER COLUMN v TYPE text;

-- migrate:down irreversible
