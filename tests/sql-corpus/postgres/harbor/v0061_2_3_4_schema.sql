-- revision: v0061
-- down_revision: v0060
-- message: goharbor/harbor 2_3_4_schema

-- migrate:up
UPDATE harbor_user SET email=NULL WHERE email=''

-- migrate:down irreversible
