-- revision: 20251022_0008
-- down_revision: 20251021_0007
-- message: checkpoint for the v1 schema

-- Intentional no-op. It gives release notes and deploy scripts a stable id
-- for the v1 schema, independent of whichever revision happened to be last.

-- migrate:up
-- Nothing to do. The up section holds only this comment on purpose.

-- migrate:down
