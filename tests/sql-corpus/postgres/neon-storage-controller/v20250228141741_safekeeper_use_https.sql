-- revision: v20250228141741
-- down_revision: v20250214160526
-- message: neondatabase/neon safekeeper_use_https

-- migrate:up
ALTER TABLE safekeepers ADD https_port INTEGER;

-- migrate:down
ALTER TABLE safekeepers DROP https_port;
