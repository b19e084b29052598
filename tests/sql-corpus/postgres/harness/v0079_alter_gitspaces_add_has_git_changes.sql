-- revision: v0079
-- down_revision: v0078
-- message: harness/harness alter_gitspaces_add_has_git_changes

-- migrate:up
ALTER TABLE gitspaces ADD COLUMN gits_has_git_changes BOOLEAN;
ALTER TABLE gitspaces DROP COLUMN gits_tracked_changes;

-- migrate:down
ALTER TABLE gitspaces DROP COLUMN gits_has_git_changes;
ALTER TABLE gitspaces ADD COLUMN gits_tracked_changes TEXT;
