-- revision: v20220806155627
-- down_revision: v20220505083406
-- message: atuinsh/atuin interactive_search_index

-- migrate:up
-- Interactive search filters by command then by the max(timestamp) for that
-- command. Create an index that covers those
create index if not exists idx_history_command_timestamp on history(
	command,
	timestamp
);

-- migrate:down irreversible
