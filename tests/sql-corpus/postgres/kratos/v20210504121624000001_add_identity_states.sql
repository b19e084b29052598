-- revision: v20210504121624000001
-- down_revision: v20210504121624000000
-- message: ory/kratos add_identity_states

-- migrate:up
ALTER TABLE "identities" ADD COLUMN "state_changed_at" timestamp;

-- migrate:down
ALTER TABLE "identities" DROP COLUMN "state";
