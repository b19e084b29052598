-- revision: v20200819163013000000
-- down_revision: v20200527215732000000
-- message: ory/hydra add_client_id_subject_idx_to_access_and_refresh

-- migrate:up
-- sqlite support added later

-- migrate:down
-- sqlite support added later
