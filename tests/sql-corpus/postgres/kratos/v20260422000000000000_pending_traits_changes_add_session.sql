-- revision: v20260422000000000000
-- down_revision: v20260417000000000001
-- message: ory/kratos pending_traits_changes_add_session

-- migrate:up
ALTER TABLE identity_pending_traits_changes
    ADD COLUMN "session_id" UUID NULL,
    ADD CONSTRAINT identity_pending_traits_changes_sessions_id_fk
        FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE SET NULL,
    ADD COLUMN "origin_settings_flow_id" UUID NULL,
    ADD CONSTRAINT identity_pending_traits_changes_settings_flow_id_fk
        FOREIGN KEY (origin_settings_flow_id) REFERENCES selfservice_settings_flows (id) ON DELETE CASCADE;

CREATE INDEX identity_pending_traits_changes_nid_session_id_idx
    ON identity_pending_traits_changes (nid, session_id);

CREATE INDEX identity_pending_traits_changes_nid_origin_settings_flow_id_idx
    ON identity_pending_traits_changes (nid, origin_settings_flow_id);

-- migrate:down
DROP INDEX IF EXISTS identity_pending_traits_changes_nid_origin_settings_flow_id_idx;
DROP INDEX IF EXISTS identity_pending_traits_changes_nid_session_id_idx;

ALTER TABLE identity_pending_traits_changes
    DROP CONSTRAINT IF EXISTS identity_pending_traits_changes_settings_flow_id_fk;

ALTER TABLE identity_pending_traits_changes
    DROP CONSTRAINT IF EXISTS identity_pending_traits_changes_sessions_id_fk;

ALTER TABLE identity_pending_traits_changes DROP COLUMN IF EXISTS origin_settings_flow_id;
ALTER TABLE identity_pending_traits_changes DROP COLUMN IF EXISTS session_id;
