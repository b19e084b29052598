-- revision: v0009
-- down_revision: v0008
-- message: authelia/authelia FixConstraints

-- migrate:up
ALTER TABLE webauthn_devices
    ALTER COLUMN aaguid DROP NOT NULL;

UPDATE webauthn_devices
SET aaguid = NULL
WHERE aaguid = '' OR aaguid = '00000000-00000000-00000000-00000000';

-- migrate:down
-- empty down in the source history
