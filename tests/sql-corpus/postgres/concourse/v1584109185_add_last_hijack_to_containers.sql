-- revision: v1584109185
-- down_revision: v1583868323
-- message: concourse/concourse add_last_hijack_to_containers

-- migrate:up

ALTER TABLE containers DROP COLUMN hijacked;
ALTER TABLE containers DROP COLUMN discontinued;

ALTER TABLE containers ADD COLUMN last_hijack timestamp with time zone;


-- migrate:down

ALTER TABLE containers DROP COLUMN last_hijack;

ALTER TABLE containers ADD COLUMN hijacked boolean DEFAULT false NOT NULL;
ALTER TABLE containers ADD COLUMN discontinued boolean DEFAULT false NOT NULL;

