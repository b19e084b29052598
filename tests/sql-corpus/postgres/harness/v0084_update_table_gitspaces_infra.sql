-- revision: v0084
-- down_revision: v0083
-- message: harness/harness update_table_gitspaces_infra

-- migrate:up
UPDATE infra_provisioned
    SET iprov_infra_status = 'stopped'
WHERE iprov_gitspace_id IN (SELECT gitspaces.gits_id from gitspaces where gits_state = 'cleaning');

UPDATE gitspaces
SET gits_state = 'cleaned'
WHERE gits_state = 'cleaning';

-- migrate:down
-- empty down in the source history
