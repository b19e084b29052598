-- revision: v20220405103233
-- down_revision: v20220331085057
-- message: Unleash/unleash add_segments_name_index

-- migrate:up
create index segments_name_index on segments (name);

-- migrate:down irreversible
