-- revision: v20251105000000000003
-- down_revision: v20251104000000000000
-- message: ory/kratos identity_id_not_null_fks

-- migrate:up
ALTER TABLE identity_credential_identifiers
    ALTER identity_id SET NOT NULL,
    ADD CONSTRAINT "identity_credential_identifiers_identities_id_fk" FOREIGN KEY (identity_id) REFERENCES identities (id) ON UPDATE RESTRICT ON DELETE CASCADE;


ALTER TABLE session_devices
    ALTER identity_id SET NOT NULL,
    ADD CONSTRAINT "session_devices_identities_id_fk" FOREIGN KEY (identity_id) REFERENCES identities (id) ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
ALTER TABLE identity_credential_identifiers
    DROP CONSTRAINT identity_credential_identifiers_identities_id_fk,
    ALTER identity_id DROP NOT NULL;

ALTER TABLE session_devices
    DROP CONSTRAINT session_devices_identities_id_fk,
    ALTER identity_id DROP NOT NULL;
