-- revision: 1a59178ebdf6
-- down_revision: daa1ba02d98
-- message: openstack/ironic add_volume_targets_table

-- migrate:up
-- alembic: upgrade daa1ba02d98 -> 1a59178ebdf6

CREATE TABLE volume_targets (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36),
    node_id INTEGER,
    volume_type VARCHAR(64),
    properties TEXT,
    boot_index INTEGER,
    volume_id VARCHAR(36),
    extra TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(node_id) REFERENCES nodes (id),
    CONSTRAINT uniq_volumetargets0node_id0boot_index UNIQUE (node_id, boot_index),
    CONSTRAINT uniq_volumetargets0uuid UNIQUE (uuid)
);

-- migrate:down irreversible
