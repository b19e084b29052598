-- revision: v20210311102338000017
-- down_revision: v20210311102338000016
-- message: ory/kratos form_refactoring

-- migrate:up
UPDATE selfservice_registration_flows SET ui='{}';

-- migrate:down
ALTER TABLE "_selfservice_settings_flows_tmp" RENAME TO "selfservice_settings_flows";
