-- revision: v20241106163000
-- down_revision: v20241011203612
-- message: lakekeeper/lakekeeper user_email_search

-- migrate:up

DROP INDEX IF EXISTS users_name_gist_idx;
CREATE INDEX users_name_email_gist_idx ON users USING gist ( (name || ' ' || email) gist_trgm_ops(siglen=256));

-- migrate:down irreversible
