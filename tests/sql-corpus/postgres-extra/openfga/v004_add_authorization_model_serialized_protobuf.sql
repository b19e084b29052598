-- revision: v004
-- down_revision: v003
-- message: openfga/openfga add_authorization_model_serialized_protobuf

-- migrate:up
ALTER TABLE authorization_model ADD COLUMN serialized_protobuf BYTEA;


-- migrate:down
ALTER TABLE authorization_model DROP COLUMN serialized_protobuf;
