-- revision: 9dd1be4539e0
-- down_revision: 7c14f776ef6b
-- message: keephq/keep feat_add_dbsecretmanager

-- migrate:up
-- alembic: upgrade 7c14f776ef6b -> 9dd1be4539e0

CREATE TABLE secret (
    key VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    last_updated TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (key)
);

-- migrate:down
-- alembic: downgrade 9dd1be4539e0 -> 7c14f776ef6b

DROP TABLE secret;
