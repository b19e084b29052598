-- revision: 35ebba262eb0
-- down_revision: 90e2d22edc6a, 876a424d8f06
-- message: keephq/keep merge_heads

-- migrate:up
-- alembic: upgrade 90e2d22edc6a, 876a424d8f06 -> 35ebba262eb0

-- migrate:down
-- alembic: downgrade 35ebba262eb0 -> 90e2d22edc6a, 876a424d8f06
