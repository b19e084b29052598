-- revision: e59a12239bc2
-- down_revision: 54267f23e641
-- message: polarsource/polar add_user_session_organizations

-- migrate:up
-- alembic: upgrade 54267f23e641 -> e59a12239bc2

SET LOCAL lock_timeout = '5s';

CREATE TABLE user_session_organizations (
    user_session_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    CONSTRAINT user_session_organizations_pkey PRIMARY KEY (user_session_id, organization_id),
    CONSTRAINT user_session_organizations_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT user_session_organizations_user_session_id_fkey FOREIGN KEY(user_session_id) REFERENCES user_sessions (id) ON DELETE cascade
);

-- migrate:down
-- alembic: downgrade e59a12239bc2 -> 54267f23e641

SET LOCAL lock_timeout = '5s';

DROP TABLE user_session_organizations;
