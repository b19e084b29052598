-- revision: v1746768931
-- down_revision: v1666754000
-- message: concourse/concourse add_signing_keys

-- migrate:up
CREATE TABLE signing_keys (
    kid text PRIMARY KEY,
    kty text NOT NULL,
    jwk json NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

-- migrate:down
DROP TABLE signing_keys;
