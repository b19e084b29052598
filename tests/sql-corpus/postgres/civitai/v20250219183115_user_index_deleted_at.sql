-- revision: v20250219183115
-- down_revision: v20250219162201
-- message: civitai/civitai user_index_deleted_at

-- migrate:up
CREATE INDEX user_deletedAt_idx ON "User" ("deletedAt");

CREATE INDEX UserEngagement_type_userId ON "UserEngagement" (type, "userId");

-- migrate:down irreversible
