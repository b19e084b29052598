-- revision: v20190318233900
-- down_revision: v20190212200540
-- message: rust-lang/crates.io create_publish_limit_buckets

-- migrate:up
CREATE TABLE publish_limit_buckets(
  user_id INTEGER PRIMARY KEY NOT NULL REFERENCES users,
  tokens INTEGER NOT NULL,
  last_refill TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- migrate:down
DROP TABLE publish_limit_buckets;
