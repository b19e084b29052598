-- revision: 9f11356d8ed9
-- down_revision: 16309df224d1, ab333148350e
-- message: keephq/keep empty_message

-- migrate:up
-- alembic: upgrade 16309df224d1, ab333148350e -> 9f11356d8ed9

-- migrate:down
-- alembic: downgrade 9f11356d8ed9 -> 16309df224d1, ab333148350e
