-- revision: v20211011094226
-- down_revision: v20211004104917
-- message: Unleash/unleash add_environment_to_client_instances

-- migrate:up
ALTER TABLE client_instances DROP CONSTRAINT client_instances_pkey;
    ALTER TABLE client_instances ADD COLUMN environment varchar(255) NOT NULL DEFAULT 'default';
    ALTER TABLE client_instances ADD CONSTRAINT client_instances_pkey PRIMARY KEY (app_name, environment, instance_id);
    CREATE INDEX client_instances_environment_idx ON client_instances(environment);

-- migrate:down irreversible
