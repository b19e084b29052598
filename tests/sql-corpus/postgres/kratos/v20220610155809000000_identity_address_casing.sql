-- revision: v20220610155809000000
-- down_revision: v20220607000001000000
-- message: ory/kratos identity_address_casing

-- migrate:up
UPDATE identity_recovery_addresses SET value = LOWER(value) WHERE TRUE;
UPDATE identity_verifiable_addresses SET value = LOWER(value) WHERE TRUE;

-- migrate:down
-- empty down in the source history
