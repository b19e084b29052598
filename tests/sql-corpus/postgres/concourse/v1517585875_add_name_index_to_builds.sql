-- revision: v1517585875
-- down_revision: v1517330648
-- message: concourse/concourse add_name_index_to_builds

-- migrate:up

CREATE INDEX builds_name ON builds USING btree (name);


-- migrate:down

DROP INDEX builds_name;

