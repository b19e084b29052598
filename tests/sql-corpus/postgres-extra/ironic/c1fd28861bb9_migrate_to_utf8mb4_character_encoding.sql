-- revision: c1fd28861bb9
-- down_revision: 9c0446cb6bc3
-- message: openstack/ironic migrate_to_utf8mb4_character_encoding

-- migrate:up
-- alembic: upgrade 9c0446cb6bc3 -> c1fd28861bb9

-- migrate:down irreversible
