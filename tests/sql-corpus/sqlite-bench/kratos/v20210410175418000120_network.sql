-- revision: v20210410175418000120
-- down_revision: v20210410175418000119
-- message: ory/kratos network

-- migrate:up
CREATE UNIQUE INDEX "identity_recovery_addresses_code_uq_idx" ON "_identity_recovery_tokens_tmp" (token);

-- migrate:down
-- empty down in the source history
