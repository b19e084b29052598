-- revision: v20220513200400000001
-- down_revision: v20220513200400000000
-- message: ory/keto uuid_mapping_remove_check

-- migrate:up
ALTER TABLE keto_uuid_mappings DROP CONSTRAINT IF EXISTS keto_uuid_mappings_string_representation_check;

-- migrate:down
ALTER TABLE keto_uuid_mappings ADD CONSTRAINT keto_uuid_mappings_string_representation_check CHECK (string_representation <> '');
