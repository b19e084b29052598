-- revision: v20160417224117
-- down_revision: v20160415154429
-- message: rust-lang/rfcbot-rs create_milestone_table

-- migrate:up
CREATE TABLE milestone (
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL,
  open BOOLEAN NOT NULL,
  title VARCHAR NOT NULL,
  description VARCHAR,
  fk_creator INTEGER NOT NULL REFERENCES githubuser (id),
  open_issues INTEGER NOT NULL,
  closed_issues INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  closed_at TIMESTAMP,
  due_on TIMESTAMP
)

-- migrate:down
DROP TABLE milestone
