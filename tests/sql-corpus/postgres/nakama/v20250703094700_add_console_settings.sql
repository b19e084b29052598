-- revision: v20250703094700
-- down_revision: v20250113112512
-- message: heroiclabs/nakama add_console_settings

-- migrate:up
CREATE TABLE IF NOT EXISTS setting (
    PRIMARY KEY (name),

    "name"      VARCHAR(64)  NOT NULL CHECK (length("name") > 0) CONSTRAINT setting_name_uniq UNIQUE,
    "value"     JSONB        NOT NULL DEFAULT '{}',
    update_time TIMESTAMPTZ  NOT NULL DEFAULT now()
);

INSERT INTO
    setting ("name", "value")
VALUES
    ('utc_toggle', 'false')
ON CONFLICT ("name") DO NOTHING;


-- migrate:down
DROP TABLE IF EXISTS setting;
