-- revision: v046
-- down_revision: v045
-- message: miniflux/v2 migration_46

-- migrate:up
CREATE TABLE acme_cache (
	key varchar(400) not null primary key,
	data bytea not null,
	updated_at timestamptz not null
);

-- migrate:down irreversible
