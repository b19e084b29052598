-- revision: v0024
-- down_revision: v0023
-- message: authelia/authelia WebAuthnAttestationType

-- migrate:up
ALTER TABLE webauthn_credentials RENAME COLUMN attestation_type TO attestation_format;
ALTER TABLE webauthn_credentials ADD COLUMN attestation_type VARCHAR(32) NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE webauthn_credentials DROP COLUMN attestation_type;
ALTER TABLE webauthn_credentials RENAME COLUMN attestation_format TO attestation_type;
