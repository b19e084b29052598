-- revision: v11
-- down_revision: v10
-- message: conductor-oss/conductor locking

-- migrate:up
CREATE TABLE IF NOT EXISTS locks (
     lock_id VARCHAR PRIMARY KEY,
     lease_expiration TIMESTAMP WITH TIME ZONE NOT NULL
);

-- migrate:down irreversible
