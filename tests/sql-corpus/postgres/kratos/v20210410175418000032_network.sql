-- revision: v20210410175418000032
-- down_revision: v20210410175418000031
-- message: ory/kratos network

-- migrate:up
UPDATE identities SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
ALTER TABLE "identity_recovery_addresses" DROP CONSTRAINT "identity_recovery_addresses_nid_fk_idx";
