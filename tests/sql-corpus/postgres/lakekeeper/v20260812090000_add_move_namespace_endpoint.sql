-- revision: v20260812090000
-- down_revision: v20260811000000
-- message: lakekeeper/lakekeeper add_move_namespace_endpoint

-- migrate:up
alter type api_endpoints add value if not exists 'management-v1-move-namespace';

-- migrate:down irreversible
