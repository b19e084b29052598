-- revision: v20160420145731
-- down_revision: v20160420100204
-- message: rust-lang/rfcbot-rs crate_release_table

-- migrate:up
CREATE TABLE release (
  id SERIAL PRIMARY KEY,
  date DATE UNIQUE NOT NULL,
  released BOOLEAN NOT NULL
)

-- migrate:down
DROP TABLE release
