-- revision: v018
-- down_revision: v017
-- message: feldera/feldera udf

-- migrate:up
ALTER TABLE pipeline
ADD COLUMN udf_rust VARCHAR NOT NULL DEFAULT '',
ADD COLUMN udf_toml VARCHAR NOT NULL DEFAULT '';

-- migrate:down irreversible
