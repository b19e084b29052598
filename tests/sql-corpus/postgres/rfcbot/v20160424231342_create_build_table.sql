-- revision: v20160424231342
-- down_revision: v20160420145731
-- message: rust-lang/rfcbot-rs create_build_table

-- migrate:up
CREATE TABLE build (
    id SERIAL PRIMARY KEY,
    number INTEGER NOT NULL,
    builder_name TEXT NOT NULL,
    successful BOOLEAN NOT NULL,
    message TEXT NOT NULL,
    duration_secs INTEGER,
    UNIQUE (number, builder_name)
)

-- migrate:down
DROP TABLE build
