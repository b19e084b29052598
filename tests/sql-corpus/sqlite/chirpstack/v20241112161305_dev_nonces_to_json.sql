-- revision: v20241112161305
-- down_revision: v20240917104125
-- message: chirpstack/chirpstack dev_nonces_to_json

-- migrate:up
update device_keys set dev_nonces = '{}';

-- migrate:down
update device_keys set dev_nonces = '[]';
