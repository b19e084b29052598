-- revision: 192157fd5788
-- down_revision: 620b6c048091
-- message: keephq/keep system_table

-- migrate:up
-- alembic: upgrade 620b6c048091 -> 192157fd5788

CREATE TABLE system (
    id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    PRIMARY KEY (id)
);

-- migrate:down
-- alembic: downgrade 192157fd5788 -> 620b6c048091

DROP TABLE system;
