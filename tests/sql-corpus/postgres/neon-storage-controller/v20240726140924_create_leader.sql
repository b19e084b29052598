-- revision: v20240726140924
-- down_revision: v20240723191537
-- message: neondatabase/neon create_leader

-- migrate:up
CREATE TABLE controllers (
  address VARCHAR NOT NULL,
  started_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY(address, started_at)
);

-- migrate:down
DROP TABLE controllers;
