-- revision: 0653794b6252
-- down_revision: 53f81aba78ce
-- message: mamba-org/quetz adding_url_and_platforms_dirs

-- migrate:up
-- alembic: upgrade 53f81aba78ce -> 0653794b6252

ALTER TABLE aggregated_metrics ALTER COLUMN period TYPE intervaltype;

ALTER TABLE packages ADD COLUMN platforms VARCHAR;

ALTER TABLE packages ADD COLUMN url VARCHAR;

-- migrate:down
-- alembic: downgrade 0653794b6252 -> 53f81aba78ce

ALTER TABLE packages DROP COLUMN url;

ALTER TABLE packages DROP COLUMN platforms;

ALTER TABLE aggregated_metrics ALTER COLUMN period TYPE INTERVAL;
