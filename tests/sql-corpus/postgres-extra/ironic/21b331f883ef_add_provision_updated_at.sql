-- revision: 21b331f883ef
-- down_revision: 2581ebaf0cb2
-- message: openstack/ironic add_provision_updated_at

-- migrate:up
-- alembic: upgrade 2581ebaf0cb2 -> 21b331f883ef

ALTER TABLE nodes ADD COLUMN provision_updated_at TIMESTAMP WITHOUT TIME ZONE;

-- migrate:down irreversible
