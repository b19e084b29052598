-- revision: 9ba0aeecd4d0
-- down_revision: dcbd2873dcfd
-- message: keephq/keep for_ai

-- migrate:up
-- alembic: upgrade dcbd2873dcfd -> 9ba0aeecd4d0

CREATE TABLE pmimatrix (
    tenant_id VARCHAR NOT NULL,
    fingerprint_i VARCHAR NOT NULL,
    fingerprint_j VARCHAR NOT NULL,
    pmi FLOAT NOT NULL,
    PRIMARY KEY (fingerprint_i, fingerprint_j),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

-- migrate:down
-- alembic: downgrade 9ba0aeecd4d0 -> dcbd2873dcfd

DROP TABLE pmimatrix;
