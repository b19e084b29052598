-- revision: v20220513200400000001
-- down_revision: v20220513200400000000
-- message: ory/keto uuid_mapping_remove_check

-- migrate:up
ALTER TABLE keto_uuid_mappings MODIFY string_representation TEXT NOT NULL;

-- migrate:down
ALTER TABLE keto_uuid_mappings ADD CONSTRAINT keto_uuid_mappings_chk_1 CHECK (string_representation <> '');
