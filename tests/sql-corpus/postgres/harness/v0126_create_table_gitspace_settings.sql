-- revision: v0126
-- down_revision: v0125
-- message: harness/harness create_table_gitspace_settings

-- migrate:up
CREATE TABLE IF NOT EXISTS gitspace_settings (
                                                 gsett_id SERIAL PRIMARY KEY,
                                                 gsett_space_id BIGINT NOT NULL,
                                                 gsett_settings_data JSONB NOT NULL,
                                                 gsett_settings_type TEXT NOT NULL,
                                                 gsett_criteria_key TEXT NOT NULL,
                                                 gsett_created BIGINT NOT NULL,
                                                 gsett_updated BIGINT NOT NULL,
                                                 UNIQUE (gsett_space_id, gsett_settings_type,gsett_criteria_key)
);

-- migrate:down
DROP TABLE IF EXISTS gitspace_settings;
