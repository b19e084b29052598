-- revision: v20200830130642000006
-- down_revision: v20200830130642000005
-- message: ory/kratos add_verification_methods

-- migrate:up
-- empty up in the source history

-- migrate:down
UPDATE selfservice_verification_flows SET form=(SELECT * FROM (SELECT m.config FROM selfservice_verification_flows AS r INNER JOIN selfservice_verification_flow_methods AS m ON r.id=m.selfservice_verification_flow_id) as t);
