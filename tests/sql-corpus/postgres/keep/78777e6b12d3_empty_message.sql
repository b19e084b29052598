-- revision: 78777e6b12d3
-- down_revision: bdf252fbc1be, 0dafe96ea97f
-- message: keephq/keep empty_message

-- migrate:up
-- alembic: upgrade bdf252fbc1be, 0dafe96ea97f -> 78777e6b12d3

-- migrate:down
-- alembic: downgrade 78777e6b12d3 -> bdf252fbc1be, 0dafe96ea97f
