-- revision: bdf252fbc1be
-- down_revision: e663a98b1142
-- message: keephq/keep json_for_dashboard_config

-- migrate:up
-- alembic: upgrade e663a98b1142 -> bdf252fbc1be

-- migrate:down
-- alembic: downgrade bdf252fbc1be -> e663a98b1142
