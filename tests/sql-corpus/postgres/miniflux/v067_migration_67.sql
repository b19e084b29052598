-- revision: v067
-- down_revision: v066
-- message: miniflux/v2 migration_67

-- migrate:up
ALTER TABLE feeds ADD COLUMN no_media_player boolean default 'f';
ALTER TABLE enclosures ADD COLUMN media_progression int default 0;

-- migrate:down irreversible
