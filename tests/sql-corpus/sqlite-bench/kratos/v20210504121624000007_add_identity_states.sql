-- revision: v20210504121624000007
-- down_revision: v20210504121624000006
-- message: ory/kratos add_identity_states

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "identities";
