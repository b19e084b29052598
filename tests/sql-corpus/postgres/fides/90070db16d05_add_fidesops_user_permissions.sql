-- revision: 90070db16d05
-- down_revision: 530fb8533ca4
-- message: ethyca/fides add_fidesops_user_permissions

-- migrate:up
-- alembic: upgrade 530fb8533ca4 -> 90070db16d05

CREATE TABLE fidesopsuserpermissions (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    user_id VARCHAR NOT NULL,
    scopes VARCHAR[] NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(user_id) REFERENCES fidesopsuser (id),
    UNIQUE (user_id)
);

CREATE INDEX ix_fidesopsuserpermissions_id ON fidesopsuserpermissions (id);

-- migrate:down
-- alembic: downgrade 90070db16d05 -> 530fb8533ca4

DROP INDEX ix_fidesopsuserpermissions_id;

DROP TABLE fidesopsuserpermissions;
