-- revision: e2d316b60d9e
-- down_revision: 2a3b4c5d6e7f
-- message: openstack/ironic add_runbook_traits_table_and_description_column_to_runbooks

-- migrate:up
-- alembic: upgrade 2a3b4c5d6e7f -> e2d316b60d9e

ALTER TABLE runbooks ADD COLUMN description VARCHAR(255);

CREATE TABLE runbook_traits (
    version VARCHAR(15),
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    runbook_id INTEGER NOT NULL,
    trait VARCHAR(255) NOT NULL,
    PRIMARY KEY (runbook_id, trait),
    FOREIGN KEY(runbook_id) REFERENCES runbooks (id)
);

CREATE INDEX runbook_traits_idx ON runbook_traits (trait);

-- migrate:down irreversible
