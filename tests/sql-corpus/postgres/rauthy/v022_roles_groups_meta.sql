-- revision: v022
-- down_revision: v021
-- message: sebadob/rauthy roles_groups_meta

-- migrate:up
ALTER TABLE groups
    ADD meta BYTEA;

ALTER TABLE roles
    ADD meta BYTEA;

-- migrate:down irreversible
