-- revision: v20190404192902
-- down_revision: v20190322174825
-- message: rust-lang/crates.io create_publish_rate_overrides

-- migrate:up
CREATE TABLE publish_rate_overrides (
  user_id INTEGER PRIMARY KEY REFERENCES users,
  burst INTEGER NOT NULL
);

-- migrate:down
DROP TABLE publish_rate_overrides;
