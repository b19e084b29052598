-- revision: v20210913103159
-- down_revision: v20210909085651
-- message: Unleash/unleash api_keys_scoping

-- migrate:up
ALTER TABLE api_tokens ADD COLUMN project VARCHAR REFERENCES PROJECTS(id) ON DELETE CASCADE;; 
          ALTER TABLE api_tokens ADD COLUMN environment VARCHAR REFERENCES environments(name) ON DELETE CASCADE;;

-- migrate:down irreversible
