-- revision: v20240827184400
-- down_revision: v20240823170149
-- message: neondatabase/neon pageserver_az

-- migrate:up
ALTER TABLE nodes ADD availability_zone_id VARCHAR;

-- migrate:down
ALTER TABLE nodes DROP availability_zone_id;
