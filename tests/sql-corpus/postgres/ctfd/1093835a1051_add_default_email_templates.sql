-- revision: 1093835a1051
-- down_revision: a03403986a32
-- message: CTFd/CTFd add_default_email_templates

-- migrate:up
-- alembic: upgrade a03403986a32 -> 1093835a1051

-- migrate:down
-- alembic: downgrade 1093835a1051 -> a03403986a32
