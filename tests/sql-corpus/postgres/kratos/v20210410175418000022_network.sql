-- revision: v20210410175418000022
-- down_revision: v20210410175418000021
-- message: ory/kratos network

-- migrate:up
UPDATE continuity_containers SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
DROP INDEX "identity_verifiable_addresses_nid_idx";
