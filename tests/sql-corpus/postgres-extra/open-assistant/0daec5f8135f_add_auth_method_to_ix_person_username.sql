-- revision: 0daec5f8135f
-- down_revision: 6368515778c5
-- message: LAION-AI/Open-Assistant add_auth_method_to_ix_person_username

-- migrate:up
-- alembic: upgrade 6368515778c5 -> 0daec5f8135f

DROP INDEX ix_person_username;

CREATE UNIQUE INDEX ix_person_username ON person (api_client_id, username, auth_method);

-- migrate:down
-- alembic: downgrade 0daec5f8135f -> 6368515778c5

DROP INDEX ix_person_username;

CREATE INDEX ix_person_username ON person (api_client_id, username);
