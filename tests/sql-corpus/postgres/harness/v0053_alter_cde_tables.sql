-- revision: v0053
-- down_revision: v0052
-- message: harness/harness alter_cde_tables

-- migrate:up
ALTER TABLE gitspace_events RENAME COLUMN geven_state to geven_event;

ALTER TABLE gitspace_events DROP COLUMN geven_space_id;

ALTER TABLE gitspaces ADD COLUMN gits_access_key TEXT;

ALTER TABLE gitspaces ADD COLUMN gits_access_type TEXT;

ALTER TABLE gitspaces ADD COLUMN gits_machine_user TEXT;

-- migrate:down
ALTER TABLE gitspace_events RENAME COLUMN geven_event to geven_state;

ALTER TABLE gitspace_events ADD COLUMN geven_space_id INTEGER NOT NULL;

ALTER TABLE gitspaces DROP COLUMN gits_access_key;

ALTER TABLE gitspaces DROP COLUMN gits_access_type;

ALTER TABLE gitspaces DROP COLUMN gits_machine_user;
