-- revision: v20250211144848
-- down_revision: v20250115181207
-- message: neondatabase/neon pageserver_use_https

-- migrate:up
ALTER TABLE nodes ADD listen_https_port INTEGER;

-- migrate:down
ALTER TABLE nodes DROP listen_https_port;
