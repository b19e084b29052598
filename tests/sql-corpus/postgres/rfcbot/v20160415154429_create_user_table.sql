-- revision: v20160415154429
-- down_revision: v00000000000000
-- message: rust-lang/rfcbot-rs create_user_table

-- migrate:up
CREATE TABLE githubuser (
  id INTEGER PRIMARY KEY,
  login VARCHAR NOT NULL
)

-- migrate:down
DROP TABLE githubuser
