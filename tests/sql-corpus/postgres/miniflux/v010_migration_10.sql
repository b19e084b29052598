-- revision: v010
-- down_revision: v009
-- message: miniflux/v2 migration_10

-- migrate:up
DROP TABLE tokens;

CREATE TABLE sessions (
	id text not null,
	data jsonb not null,
	created_at timestamp with time zone not null default now(),
	primary key(id)
);

-- migrate:down irreversible
