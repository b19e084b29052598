-- revision: v20230216142104000000
-- down_revision: v20230104193739000000
-- message: ory/kratos session_devices_index_drop

-- migrate:up
DROP INDEX IF EXISTS session_devices.unique_session_device;

-- migrate:down
CREATE UNIQUE INDEX IF NOT EXISTS unique_session_device ON session_devices (nid, session_id, ip_address, user_agent);
