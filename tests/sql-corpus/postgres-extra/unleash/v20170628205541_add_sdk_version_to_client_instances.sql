-- revision: v20170628205541
-- down_revision: v20170306233934
-- message: Unleash/unleash add_sdk_version_to_client_instances

-- migrate:up
ALTER TABLE client_instances ADD "sdk_version" varchar(255);

-- migrate:down irreversible
