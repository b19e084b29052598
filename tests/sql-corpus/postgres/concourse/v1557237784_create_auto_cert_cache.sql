-- revision: v1557237784
-- down_revision: v1557152441
-- message: concourse/concourse create_auto_cert_cache

-- migrate:up

CREATE TABLE cert_cache (
  "domain" text PRIMARY KEY,
  "cert" text NOT NULL,
  "nonce" text
);


-- migrate:down

DROP TABLE cert_cache;

