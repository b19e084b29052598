-- revision: v1552943209
-- down_revision: v1552492007
-- message: concourse/concourse drop_tracked_by_from_builds

-- migrate:up

ALTER TABLE builds DROP COLUMN tracked_by;


-- migrate:down

ALTER TABLE builds ADD tracked_by text;

