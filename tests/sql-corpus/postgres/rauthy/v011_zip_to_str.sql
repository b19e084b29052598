-- revision: v011
-- down_revision: v010
-- message: sebadob/rauthy zip_to_str

-- migrate:up
ALTER TABLE users_values
    ALTER COLUMN zip TYPE VARCHAR USING zip::VARCHAR;

-- migrate:down irreversible
