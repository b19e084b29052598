-- revision: v20240828150530
-- down_revision: v20240827184400
-- message: neondatabase/neon pageserver_az_not_null

-- migrate:up
ALTER TABLE nodes ALTER availability_zone_id SET NOT NULL;

-- migrate:down
ALTER TABLE nodes ALTER availability_zone_id DROP NOT NULL;
