-- revision: 2bbd96b6ccb9
-- down_revision: ac00b586ab95
-- message: openstack/ironic add_fields_from_bios_registry

-- migrate:up
-- alembic: upgrade ac00b586ab95 -> 2bbd96b6ccb9

ALTER TABLE bios_settings ADD COLUMN attribute_type VARCHAR(255);

ALTER TABLE bios_settings ADD COLUMN allowable_values TEXT;

ALTER TABLE bios_settings ADD COLUMN lower_bound INTEGER;

ALTER TABLE bios_settings ADD COLUMN max_length INTEGER;

ALTER TABLE bios_settings ADD COLUMN min_length INTEGER;

ALTER TABLE bios_settings ADD COLUMN read_only BOOLEAN;

ALTER TABLE bios_settings ADD COLUMN reset_required BOOLEAN;

ALTER TABLE bios_settings ADD COLUMN "unique" BOOLEAN;

ALTER TABLE bios_settings ADD COLUMN upper_bound INTEGER;

-- migrate:down irreversible
