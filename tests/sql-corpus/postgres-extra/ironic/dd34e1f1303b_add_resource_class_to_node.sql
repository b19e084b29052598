-- revision: dd34e1f1303b
-- down_revision: 10b163d4481e
-- message: openstack/ironic add_resource_class_to_node

-- migrate:up
-- alembic: upgrade 10b163d4481e -> dd34e1f1303b

ALTER TABLE nodes ADD COLUMN resource_class VARCHAR(80);

-- migrate:down irreversible
