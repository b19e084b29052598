-- revision: v027
-- down_revision: v026
-- message: miniflux/v2 migration_27

-- migrate:up
CREATE TABLE api_keys (
	id SERIAL,
	user_id int not null references users(id) on delete cascade,
	token text not null unique,
	description text not null,
	last_used_at timestamp with time zone,
	created_at timestamp with time zone default now(),
	primary key(id),
	unique (user_id, description)
);

-- migrate:down irreversible
