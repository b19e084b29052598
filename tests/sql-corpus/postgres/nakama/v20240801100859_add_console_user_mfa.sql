-- revision: v20240801100859
-- down_revision: v20240725115145
-- message: heroiclabs/nakama add_console_user_mfa

-- migrate:up
ALTER TABLE console_user
    ADD COLUMN mfa_secret BYTEA DEFAULT NULL,
    ADD COLUMN mfa_recovery_codes BYTEA DEFAULT NULL,
    ADD COLUMN mfa_required BOOLEAN DEFAULT FALSE;


-- migrate:down
ALTER TABLE console_user
    DROP COLUMN mfa_secret,
    DROP COLUMN mfa_recovery_codes,
    DROP COLUMN mfa_required;
