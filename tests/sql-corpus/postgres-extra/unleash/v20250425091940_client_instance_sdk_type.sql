-- revision: v20250425091940
-- down_revision: v20250424185110
-- message: Unleash/unleash client_instance_sdk_type

-- migrate:up
ALTER TABLE client_instances ADD COLUMN sdk_type varchar(255);

-- migrate:down irreversible
