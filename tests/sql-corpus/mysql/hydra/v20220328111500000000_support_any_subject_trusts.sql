-- revision: v20220328111500000000
-- down_revision: v20220210000001000079
-- message: ory/hydra support_any_subject_trusts

-- migrate:up
ALTER TABLE hydra_oauth2_trusted_jwt_bearer_issuer
    ADD COLUMN allow_any_subject BOOL NOT NULL DEFAULT FALSE;

-- migrate:down
ALTER TABLE hydra_oauth2_trusted_jwt_bearer_issuer
    DROP COLUMN allow_any_subject;
