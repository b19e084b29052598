-- revision: v20161104074441
-- down_revision: v20161027134128
-- message: Unleash/unleash create_client_instances

-- migrate:up
CREATE TABLE client_instances (
            app_name varchar(255),
            instance_id varchar(255),
            client_ip varchar(255),
            last_seen timestamp default now(),
            created_at timestamp default now()
        );

-- migrate:down irreversible
