-- revision: v20210410175418000007
-- down_revision: v20210410175418000006
-- message: ory/kratos network

-- migrate:up
UPDATE selfservice_registration_flows SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
ALTER TABLE "identity_verifiable_addresses" DROP COLUMN "nid";
