-- revision: 21c48150dea9
-- down_revision: 6e9cf6acce0b
-- message: openstack/ironic add_inspection_rules

-- migrate:up
-- alembic: upgrade 6e9cf6acce0b -> 21c48150dea9

CREATE TABLE inspection_rules (
    version VARCHAR(15),
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36) NOT NULL,
    priority INTEGER NOT NULL,
    description VARCHAR(255),
    scope VARCHAR(255),
    sensitive BOOLEAN,
    phase VARCHAR(16),
    conditions TEXT,
    actions TEXT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uniq_inspection_rules0uuid UNIQUE (uuid)
);

CREATE INDEX inspection_rule_scope_idx ON inspection_rules (scope);

CREATE INDEX inspection_rule_phase_idx ON inspection_rules (phase);

-- migrate:down irreversible
