-- revision: 7495a5013e7e
-- down_revision: 94622c1663e8
-- message: PrefectHQ/prefect adding_scope_to_followers

-- migrate:up
-- alembic: upgrade 94622c1663e8 -> 7495a5013e7e

ALTER TABLE automation_event_follower ADD COLUMN scope VARCHAR NOT NULL;

ALTER TABLE automation_event_follower DROP CONSTRAINT uq_automation_event_follower__follower_event_id;

CREATE INDEX ix_automation_event_follower__scope ON automation_event_follower (scope);

CREATE UNIQUE INDEX uq_follower_for_scope ON automation_event_follower (scope, follower_event_id);

-- migrate:down
-- alembic: downgrade 7495a5013e7e -> 94622c1663e8

DROP INDEX uq_follower_for_scope;

DROP INDEX ix_automation_event_follower__scope;

ALTER TABLE automation_event_follower ADD CONSTRAINT uq_automation_event_follower__follower_event_id UNIQUE (follower_event_id);

ALTER TABLE automation_event_follower DROP COLUMN scope;
