-- revision: 10b163d4481e
-- down_revision: e294876e8028
-- message: openstack/ironic add_port_portgroup_internal_info

-- migrate:up
-- alembic: upgrade e294876e8028 -> 10b163d4481e

ALTER TABLE ports ADD COLUMN internal_info TEXT;

ALTER TABLE portgroups ADD COLUMN internal_info TEXT;

-- migrate:down irreversible
