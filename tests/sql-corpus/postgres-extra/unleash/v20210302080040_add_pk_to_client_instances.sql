-- revision: v20210302080040
-- down_revision: v20210218090213
-- message: Unleash/unleash add_pk_to_client_instances

-- migrate:up
DELETE FROM client_instances a USING client_instances b WHERE a.app_name = b.app_name AND a.instance_id = b.instance_id AND a.created_at < b.created_at;
    ALTER TABLE client_instances ADD PRIMARY KEY (app_name, instance_id);

-- migrate:down irreversible
