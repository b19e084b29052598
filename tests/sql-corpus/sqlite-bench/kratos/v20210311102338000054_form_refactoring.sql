-- revision: v20210311102338000054
-- down_revision: v20210311102338000053
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "_selfservice_verification_flows_tmp" RENAME TO "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
