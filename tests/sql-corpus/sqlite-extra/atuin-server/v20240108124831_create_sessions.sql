-- revision: v20240108124831
-- down_revision: v20240108124830
-- message: atuinsh/atuin create_sessions

-- migrate:up
create table sessions (
	id integer primary key autoincrement,
	user_id integer,
	token text unique not null
);


-- migrate:down irreversible
