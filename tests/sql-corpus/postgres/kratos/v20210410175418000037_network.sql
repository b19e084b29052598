-- revision: v20210410175418000037
-- down_revision: v20210410175418000036
-- message: ory/kratos network

-- migrate:up
UPDATE identity_credentials SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
ALTER TABLE "courier_messages" DROP CONSTRAINT "courier_messages_nid_fk_idx";
