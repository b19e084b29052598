-- revision: 638a2f04c7ce
-- down_revision: 3955b27539d3
-- message: polarsource/polar add_organization_risk_signals

-- migrate:up
-- alembic: upgrade 3955b27539d3 -> 638a2f04c7ce

SET LOCAL lock_timeout = '5s';

CREATE TABLE organization_risk_signals (
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    organization_id UUID NOT NULL,
    source VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    risk_level VARCHAR NOT NULL,
    description TEXT,
    payload JSONB NOT NULL,
    CONSTRAINT organization_risk_signals_pkey PRIMARY KEY (id),
    CONSTRAINT organization_risk_signals_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_organization_risk_signals_created_at ON organization_risk_signals (created_at);

CREATE INDEX ix_organization_risk_signals_deleted_at ON organization_risk_signals (deleted_at);

CREATE INDEX ix_organization_risk_signals_organization_id ON organization_risk_signals (organization_id);

-- migrate:down
-- alembic: downgrade 638a2f04c7ce -> 3955b27539d3

SET LOCAL lock_timeout = '5s';

DROP INDEX ix_organization_risk_signals_organization_id;

DROP INDEX ix_organization_risk_signals_deleted_at;

DROP INDEX ix_organization_risk_signals_created_at;

DROP TABLE organization_risk_signals;
