-- revision: v1554133547
-- down_revision: v1554128419
-- message: concourse/concourse drop_cache_invalidator

-- migrate:up

DROP TABLE cache_invalidator;


-- migrate:down

CREATE TABLE cache_invalidator (
    last_invalidated timestamp without time zone DEFAULT '1970-01-01 00:00:00'::timestamp without time zone NOT NULL
);

