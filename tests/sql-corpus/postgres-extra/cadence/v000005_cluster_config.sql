-- revision: v000005
-- down_revision: v000004
-- message: uber/cadence cluster_config

-- migrate:up
CREATE TABLE cluster_config (
  row_type INTEGER NOT NULL,
  version BIGINT NOT NULL,
  --
  timestamp TIMESTAMP NOT NULL,
  data           BYTEA NOT NULL,
  data_encoding  VARCHAR(16) NOT NULL,
  PRIMARY KEY (row_type, version)
);

-- migrate:down irreversible
