-- revision: v068
-- down_revision: v067
-- message: miniflux/v2 migration_68

-- migrate:up
ALTER TABLE integrations ADD COLUMN linkding_mark_as_unread bool default 'f';

-- migrate:down irreversible
