-- revision: v0085
-- down_revision: v0084
-- message: harness/harness alter_gitspaces_add_error_message

-- migrate:up
ALTER TABLE gitspaces ADD COLUMN gits_error_message TEXT;

-- migrate:down
ALTER TABLE gitspaces DROP COLUMN gits_error_message;
