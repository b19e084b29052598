-- revision: v20210504121624000000
-- down_revision: v20210410175418000089
-- message: ory/kratos add_identity_states

-- migrate:up
ALTER TABLE "identities" ADD COLUMN "state" VARCHAR (255) NOT NULL DEFAULT 'active';

-- migrate:down
ALTER TABLE "identities" DROP COLUMN "state_changed_at";
