-- revision: 5078badb90b9
-- down_revision: c98da12d76f8
-- message: ethyca/fides adds_drp_action_to_policy

-- migrate:up
-- alembic: upgrade c98da12d76f8 -> 5078badb90b9

CREATE TYPE drpaction AS ENUM ('access', 'deletion', 'sale_opt_out', 'sale_opt_in', 'access_categories', 'access_specific');

ALTER TABLE policy ADD COLUMN drp_action drpaction;

CREATE UNIQUE INDEX ix_policy_drp_action ON policy (drp_action);

-- migrate:down
-- alembic: downgrade 5078badb90b9 -> c98da12d76f8

DROP INDEX ix_policy_drp_action;

ALTER TABLE policy DROP COLUMN drp_action;

DROP TYPE drpaction;
