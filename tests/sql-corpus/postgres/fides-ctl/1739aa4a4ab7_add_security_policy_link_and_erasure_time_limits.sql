-- revision: 1739aa4a4ab7
-- down_revision: 4c3693c289d0
-- message: ethyca/fides add_security_policy_link_and_erasure_time_limits

-- migrate:up
-- alembic: upgrade 4c3693c289d0 -> 1739aa4a4ab7

ALTER TABLE organizations ADD COLUMN security_policy VARCHAR;

ALTER TABLE datasets ADD COLUMN retention VARCHAR;

-- migrate:down
-- alembic: downgrade 1739aa4a4ab7 -> 4c3693c289d0

ALTER TABLE organizations DROP COLUMN security_policy;

ALTER TABLE datasets DROP COLUMN retention;
