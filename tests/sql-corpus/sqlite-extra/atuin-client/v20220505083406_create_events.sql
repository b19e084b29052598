-- revision: v20220505083406
-- down_revision: v20210422143411
-- message: atuinsh/atuin create_events

-- migrate:up
create table if not exists events (
	id text primary key,
	timestamp integer not null,
	hostname text not null,
	event_type text not null,

	history_id text not null
);

-- Ensure there is only ever one of each event type per history item
create unique index history_event_idx ON events(event_type, history_id);

-- migrate:down irreversible
