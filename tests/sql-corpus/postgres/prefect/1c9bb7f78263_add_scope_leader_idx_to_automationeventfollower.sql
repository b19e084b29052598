-- revision: 1c9bb7f78263
-- down_revision: 4160a4841eed
-- message: PrefectHQ/prefect add_scope_leader_idx_to_automationeventfollower

-- migrate:up
-- alembic: upgrade 4160a4841eed -> 1c9bb7f78263

CREATE INDEX ix_ae_follower_scope_leader ON automation_event_follower (scope, leader_event_id);

-- migrate:down
-- alembic: downgrade 1c9bb7f78263 -> 4160a4841eed

DROP INDEX ix_ae_follower_scope_leader;
