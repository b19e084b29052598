-- revision: v20250707153020
-- down_revision: v20250630114145
-- message: Unleash/unleash unknown_flags_environment

-- migrate:up
ALTER TABLE unknown_flags
      ADD COLUMN IF NOT EXISTS environment TEXT NOT NULL DEFAULT 'default',
      DROP CONSTRAINT unknown_flags_pkey,
      ADD PRIMARY KEY (name, app_name, environment);

-- migrate:down irreversible
