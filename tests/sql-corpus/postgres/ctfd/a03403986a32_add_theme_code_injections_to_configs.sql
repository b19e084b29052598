-- revision: a03403986a32
-- down_revision: 080d29b15cd3
-- message: CTFd/CTFd add_theme_code_injections_to_configs

-- migrate:up
-- alembic: upgrade 080d29b15cd3 -> a03403986a32

-- migrate:down
-- alembic: downgrade a03403986a32 -> 080d29b15cd3
