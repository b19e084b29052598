-- revision: v1522176230
-- down_revision: v1521209088
-- message: concourse/concourse add_tags_to_jobs

-- migrate:up


ALTER TABLE jobs ADD COLUMN tags text[];



-- migrate:down


ALTER TABLE jobs DROP COLUMN tags;


