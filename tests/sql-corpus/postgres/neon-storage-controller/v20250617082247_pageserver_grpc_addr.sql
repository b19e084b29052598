-- revision: v20250617082247
-- down_revision: v20250601201442
-- message: neondatabase/neon pageserver_grpc_addr

-- migrate:up
ALTER TABLE nodes ADD listen_grpc_addr VARCHAR NULL, ADD listen_grpc_port INTEGER NULL;

-- migrate:down
ALTER TABLE nodes DROP listen_grpc_addr, DROP listen_grpc_port;
