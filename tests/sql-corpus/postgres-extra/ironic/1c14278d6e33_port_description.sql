-- revision: 1c14278d6e33
-- down_revision: 21c48150dea9
-- message: openstack/ironic port_description

-- migrate:up
-- alembic: upgrade 21c48150dea9 -> 1c14278d6e33

ALTER TABLE ports ADD COLUMN description VARCHAR(255);

-- migrate:down irreversible
