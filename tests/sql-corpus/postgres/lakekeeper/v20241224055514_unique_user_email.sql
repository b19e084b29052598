-- revision: v20241224055514
-- down_revision: v20241216150545
-- message: lakekeeper/lakekeeper unique_user_email

-- migrate:up
CREATE UNIQUE INDEX unique_user_email ON users (email);

-- migrate:down irreversible
