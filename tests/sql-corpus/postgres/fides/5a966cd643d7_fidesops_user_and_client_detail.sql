-- revision: 5a966cd643d7
-- down_revision: 1dfc5a2d30e7
-- message: ethyca/fides fidesops_user_and_client_detail

-- migrate:up
-- alembic: upgrade 1dfc5a2d30e7 -> 5a966cd643d7

CREATE TABLE fidesopsuser (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    username VARCHAR,
    hashed_password VARCHAR NOT NULL,
    salt VARCHAR NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_fidesopsuser_id ON fidesopsuser (id);

CREATE UNIQUE INDEX ix_fidesopsuser_username ON fidesopsuser (username);

ALTER TABLE client ADD COLUMN fides_key VARCHAR;

ALTER TABLE client ADD COLUMN user_id VARCHAR;

CREATE UNIQUE INDEX ix_client_fides_key ON client (fides_key);

ALTER TABLE client ADD CONSTRAINT client_user_id_key UNIQUE (user_id);

ALTER TABLE client ADD CONSTRAINT client_user_id_fkey FOREIGN KEY(user_id) REFERENCES fidesopsuser (id);

-- migrate:down
-- alembic: downgrade 5a966cd643d7 -> 1dfc5a2d30e7

ALTER TABLE client DROP CONSTRAINT client_user_id_fkey;

ALTER TABLE client DROP CONSTRAINT client_user_id_key;

DROP INDEX ix_client_fides_key;

ALTER TABLE client DROP COLUMN user_id;

ALTER TABLE client DROP COLUMN fides_key;

DROP INDEX ix_fidesopsuser_username;

DROP INDEX ix_fidesopsuser_id;

DROP TABLE fidesopsuser;
