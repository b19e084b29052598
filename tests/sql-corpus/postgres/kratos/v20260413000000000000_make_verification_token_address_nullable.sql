-- revision: v20260413000000000000
-- down_revision: v20260408000000000000
-- message: ory/kratos make_verification_token_address_nullable

-- migrate:up
ALTER TABLE identity_verification_tokens ALTER COLUMN identity_verifiable_address_id DROP NOT NULL;

-- migrate:down
DELETE FROM identity_verification_tokens WHERE identity_verifiable_address_id IS NULL;
ALTER TABLE identity_verification_tokens ALTER COLUMN identity_verifiable_address_id SET NOT NULL;
