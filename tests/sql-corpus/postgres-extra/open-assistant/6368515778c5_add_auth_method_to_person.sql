-- revision: 6368515778c5
-- down_revision: cd7de470586e
-- message: LAION-AI/Open-Assistant add_auth_method_to_person

-- migrate:up
-- alembic: upgrade cd7de470586e -> 6368515778c5

ALTER TABLE person ADD COLUMN auth_method VARCHAR(128);

UPDATE person SET auth_method = 'local';

ALTER TABLE person ALTER COLUMN auth_method SET NOT NULL;

-- migrate:down
-- alembic: downgrade 6368515778c5 -> cd7de470586e

ALTER TABLE person DROP COLUMN auth_method;
