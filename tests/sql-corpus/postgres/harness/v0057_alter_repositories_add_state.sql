-- revision: v0057
-- down_revision: v0056
-- message: harness/harness alter_repositories_add_state

-- migrate:up
ALTER TABLE repositories
    ADD COLUMN repo_state INTEGER DEFAULT 0;

UPDATE repositories SET repo_state = 1 WHERE repo_importing = TRUE;

ALTER TABLE repositories
    DROP COLUMN repo_importing;

-- migrate:down
ALTER TABLE repositories
    ADD COLUMN repo_importing BOOLEAN DEFAULT FALSE;

UPDATE repositories SET repo_importing = TRUE WHERE repo_state = 1;

ALTER TABLE repositories
    DROP COLUMN repo_state;
