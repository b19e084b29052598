-- revision: v20241212212515
-- down_revision: v20240905104500
-- message: neondatabase/neon safekeepers_scheduling_policy

-- migrate:up
ALTER TABLE safekeepers ADD scheduling_policy VARCHAR NOT NULL DEFAULT 'disabled';

-- migrate:down
ALTER TABLE safekeepers DROP scheduling_policy;
