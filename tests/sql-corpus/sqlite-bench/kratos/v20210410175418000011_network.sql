-- revision: v20210410175418000011
-- down_revision: v20210410175418000010
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_registration_flows ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down

DROP TABLE "identity_verifiable_addresses";
