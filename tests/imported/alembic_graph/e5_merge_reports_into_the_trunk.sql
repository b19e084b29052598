-- revision: e5
-- down_revision: b2, d4
-- message: merge reports into the trunk
-- imported from alembic e5_merge.py

-- migrate:up
-- nothing to do (empty in the source)
-- migrate:down
-- nothing to undo (empty in the source)
