-- revision: v1595347368
-- down_revision: v1595347367
-- message: concourse/concourse add_access_token_and_claims

-- migrate:up

  CREATE TABLE access_tokens (
      token text NOT NULL PRIMARY KEY,
      sub text NOT NULL,
      claims jsonb,
      expires_at timestamp with time zone
  );


-- migrate:down

  DROP TABLE IF EXISTS access_tokens;

