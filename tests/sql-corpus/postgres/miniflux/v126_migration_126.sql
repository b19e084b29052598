-- revision: v126
-- down_revision: v125
-- message: miniflux/v2 migration_126

-- migrate:up
DROP TABLE IF EXISTS sessions;
DROP TABLE IF EXISTS user_sessions;

CREATE TABLE web_sessions (
	id text not null,
	secret_hash bytea not null,
	user_id int references users(id) on delete cascade,
	created_at timestamp with time zone not null default now(),
	user_agent text not null default '',
	ip inet,
	state jsonb not null default '{}'::jsonb,
	primary key (id),
	check (jsonb_typeof(state) = 'object')
);

CREATE INDEX web_sessions_user_id_idx
	ON web_sessions (user_id)
	WHERE user_id IS NOT NULL;

CREATE INDEX web_sessions_created_at_idx
	ON web_sessions (created_at);

-- migrate:down irreversible
