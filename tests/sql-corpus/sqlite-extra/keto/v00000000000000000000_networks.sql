-- revision: v00000000000000000000
-- down_revision: none
-- message: ory/keto networks

-- migrate:up
CREATE TABLE networks (
  id TEXT NOT NULL PRIMARY KEY,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL
);

-- migrate:down
DROP TABLE networks;
