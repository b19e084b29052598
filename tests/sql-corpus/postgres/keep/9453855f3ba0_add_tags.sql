-- revision: 9453855f3ba0
-- down_revision: 4147d9e706c0
-- message: keephq/keep add_tags

-- migrate:up
-- alembic: upgrade 4147d9e706c0 -> 9453855f3ba0

CREATE TABLE tag (
    id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    UNIQUE (name)
);

CREATE TABLE presettaglink (
    tenant_id VARCHAR NOT NULL,
    preset_id UUID NOT NULL,
    tag_id VARCHAR NOT NULL,
    PRIMARY KEY (tenant_id, preset_id, tag_id),
    FOREIGN KEY(preset_id) REFERENCES preset (id),
    FOREIGN KEY(tag_id) REFERENCES tag (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

-- migrate:down
-- alembic: downgrade 9453855f3ba0 -> 4147d9e706c0

DROP TABLE presettaglink;

DROP TABLE tag;
