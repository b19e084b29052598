-- revision: 9c0446cb6bc3
-- down_revision: 9f8c7d6e5b4a
-- message: openstack/ironic x

-- migrate:up
-- alembic: upgrade 9f8c7d6e5b4a -> 9c0446cb6bc3

ALTER TABLE bios_settings ALTER COLUMN upper_bound TYPE BIGINT;

ALTER TABLE bios_settings ALTER COLUMN lower_bound TYPE BIGINT;

-- migrate:down irreversible
