-- revision: v20210913095309000004
-- down_revision: v20210913095309000003
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
ALTER TABLE "identity_recovery_tokens" ADD CONSTRAINT "identity_recovery_tokens_identity_id_fk_idx" FOREIGN KEY ("identity_id") REFERENCES "identities" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
-- empty down in the source history
