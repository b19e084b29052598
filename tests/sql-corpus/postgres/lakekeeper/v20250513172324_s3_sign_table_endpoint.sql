-- revision: v20250513172324
-- down_revision: v20250506094141
-- message: lakekeeper/lakekeeper s3_sign_table_endpoint

-- migrate:up
ALTER TYPE api_endpoints ADD VALUE 'sign-s3-request-tabular';

-- migrate:down irreversible
