-- revision: v20210504121624000000
-- down_revision: v20210410175418000181
-- message: ory/kratos add_identity_states

-- migrate:up
ALTER TABLE "identities" ADD COLUMN "state" TEXT NOT NULL DEFAULT 'active';

-- migrate:down
ALTER TABLE "_identities_tmp" RENAME TO "identities";
