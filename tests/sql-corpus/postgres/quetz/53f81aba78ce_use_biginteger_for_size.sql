-- revision: 53f81aba78ce
-- down_revision: 30241b33d849
-- message: mamba-org/quetz use_biginteger_for_size

-- migrate:up
-- alembic: upgrade 30241b33d849 -> 53f81aba78ce

ALTER TABLE channels ALTER COLUMN size TYPE BIGINT;

ALTER TABLE channels ALTER COLUMN size_limit TYPE BIGINT;

ALTER TABLE package_versions ALTER COLUMN size TYPE BIGINT;

-- migrate:down
-- alembic: downgrade 53f81aba78ce -> 30241b33d849

ALTER TABLE package_versions ALTER COLUMN size TYPE INTEGER;

ALTER TABLE channels ALTER COLUMN size_limit TYPE INTEGER;

ALTER TABLE channels ALTER COLUMN size TYPE INTEGER;
