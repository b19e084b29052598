-- revision: v089
-- down_revision: v088
-- message: miniflux/v2 migration_89

-- migrate:up
UPDATE entries SET tags = array_remove(tags, '') WHERE '' = ANY(tags);

-- migrate:down irreversible
