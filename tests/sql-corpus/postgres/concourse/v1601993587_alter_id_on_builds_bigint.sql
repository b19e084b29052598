-- revision: v1601993587
-- down_revision: v1601993586
-- message: concourse/concourse alter_id_on_builds_bigint

-- migrate:up

ALTER TABLE builds ALTER COLUMN id TYPE bigint;


-- migrate:down

ALTER TABLE builds ALTER COLUMN id TYPE int;

