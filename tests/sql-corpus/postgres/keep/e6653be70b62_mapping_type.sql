-- revision: e6653be70b62
-- down_revision: 1a5eb7069f9a
-- message: keephq/keep mapping_type

-- migrate:up
-- alembic: upgrade 1a5eb7069f9a -> e6653be70b62

ALTER TABLE mappingrule ADD COLUMN type VARCHAR NOT NULL;

-- migrate:down
-- alembic: downgrade e6653be70b62 -> 1a5eb7069f9a

ALTER TABLE mappingrule DROP COLUMN type;
