-- revision: 4741016efa61
-- down_revision: e7118c4ae5d8
-- message: polarsource/polar add_organization_sso_connection

-- migrate:up
-- alembic: upgrade e7118c4ae5d8 -> 4741016efa61

SET LOCAL lock_timeout = '5s';

CREATE TABLE organization_sso_connections (
    organization_id UUID NOT NULL,
    type VARCHAR NOT NULL,
    configuration JSONB NOT NULL,
    enabled BOOLEAN NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organization_sso_connections_pkey PRIMARY KEY (id),
    CONSTRAINT organization_sso_connections_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_organization_sso_connections_created_at ON organization_sso_connections (created_at);

CREATE INDEX ix_organization_sso_connections_deleted_at ON organization_sso_connections (deleted_at);

CREATE INDEX ix_organization_sso_connections_organization_id ON organization_sso_connections (organization_id);

-- migrate:down
-- alembic: downgrade 4741016efa61 -> e7118c4ae5d8

SET LOCAL lock_timeout = '5s';

DROP INDEX ix_organization_sso_connections_organization_id;

DROP INDEX ix_organization_sso_connections_deleted_at;

DROP INDEX ix_organization_sso_connections_created_at;

DROP TABLE organization_sso_connections;
