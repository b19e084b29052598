-- revision: 1aacee84447e
-- down_revision: e6653be70b62
-- message: keephq/keep store_timeunit_for_rule_for_better_ux

-- migrate:up
-- alembic: upgrade e6653be70b62 -> 1aacee84447e

ALTER TABLE rule ADD COLUMN timeunit VARCHAR DEFAULT 'seconds' NOT NULL;

-- migrate:down
-- alembic: downgrade 1aacee84447e -> e6653be70b62

ALTER TABLE rule DROP COLUMN timeunit;
