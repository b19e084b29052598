-- revision: 4dbec778866e
-- down_revision: 0ac0f39bc5aa
-- message: openstack/ironic create_node_shard

-- migrate:up
-- alembic: upgrade 0ac0f39bc5aa -> 4dbec778866e

ALTER TABLE nodes ADD COLUMN shard VARCHAR(255);

CREATE INDEX shard_idx ON nodes (shard);

-- migrate:down irreversible
