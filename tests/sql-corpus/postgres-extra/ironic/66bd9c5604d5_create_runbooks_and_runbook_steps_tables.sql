-- revision: 66bd9c5604d5
-- down_revision: 01f21d5e5195
-- message: openstack/ironic create_runbooks_and_runbook_steps_tables

-- migrate:up
-- alembic: upgrade 01f21d5e5195 -> 66bd9c5604d5

CREATE TABLE runbooks (
    version VARCHAR(15),
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36),
    name VARCHAR(255) NOT NULL,
    disable_ramdisk BOOLEAN,
    public BOOLEAN,
    owner VARCHAR(255),
    extra TEXT,
    PRIMARY KEY (id),
    CONSTRAINT uniq_runbooks0uuid UNIQUE (uuid),
    CONSTRAINT uniq_runbooks0name UNIQUE (name)
);

CREATE TABLE runbook_steps (
    version VARCHAR(15),
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    runbook_id INTEGER NOT NULL,
    interface VARCHAR(255) NOT NULL,
    step VARCHAR(255) NOT NULL,
    args TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(runbook_id) REFERENCES runbooks (id)
);

CREATE INDEX runbook_steps_interface_idx ON runbook_steps (interface);

CREATE INDEX runbook_id ON runbook_steps (runbook_id);

CREATE INDEX runbook_steps_step_idx ON runbook_steps (step);

-- migrate:down irreversible
