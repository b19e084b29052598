-- revision: v20200830130643000000
-- down_revision: v20200830130642000007
-- message: ory/kratos add_verification_methods

-- migrate:up
UPDATE selfservice_verification_flows SET state='passed_challenge' WHERE success IS TRUE;

-- migrate:down
-- empty down in the source history
