-- revision: 296b2161f0de
-- down_revision: e59a12239bc2
-- message: polarsource/polar add_oauth2_organization_down_scope_tables

-- migrate:up
-- alembic: upgrade e59a12239bc2 -> 296b2161f0de

SET LOCAL lock_timeout = '5s';

CREATE TABLE oauth2_authorization_code_organizations (
    oauth2_authorization_code_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    CONSTRAINT oauth2_authorization_code_organizations_pkey PRIMARY KEY (oauth2_authorization_code_id, organization_id),
    CONSTRAINT oauth2_authorization_code_organizations_oauth2_authoriz_0a46 FOREIGN KEY(oauth2_authorization_code_id) REFERENCES oauth2_authorization_codes (id) ON DELETE cascade,
    CONSTRAINT oauth2_authorization_code_organizations_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE TABLE oauth2_token_organizations (
    oauth2_token_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    CONSTRAINT oauth2_token_organizations_pkey PRIMARY KEY (oauth2_token_id, organization_id),
    CONSTRAINT oauth2_token_organizations_oauth2_token_id_fkey FOREIGN KEY(oauth2_token_id) REFERENCES oauth2_tokens (id) ON DELETE cascade,
    CONSTRAINT oauth2_token_organizations_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

-- migrate:down
-- alembic: downgrade 296b2161f0de -> e59a12239bc2

SET LOCAL lock_timeout = '5s';

DROP TABLE oauth2_token_organizations;

DROP TABLE oauth2_authorization_code_organizations;
