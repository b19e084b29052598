-- revision: v002
-- down_revision: v001
-- message: openfga/openfga add_authorization_model_version

-- migrate:up
ALTER TABLE authorization_model ADD COLUMN schema_version TEXT NOT NULL DEFAULT '1.0';


-- migrate:down
ALTER TABLE authorization_model DROP COLUMN schema_version;
