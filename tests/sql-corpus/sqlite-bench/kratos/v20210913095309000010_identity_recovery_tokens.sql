-- revision: v20210913095309000010
-- down_revision: v20210913095309000009
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
ALTER TABLE identity_recovery_tokens ADD COLUMN identity_id CHAR(36) NULL REFERENCES identities(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
ALTER TABLE "_identity_recovery_tokens_tmp" RENAME TO "identity_recovery_tokens";
