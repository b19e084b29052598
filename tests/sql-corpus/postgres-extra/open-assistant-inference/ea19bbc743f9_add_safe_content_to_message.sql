-- revision: ea19bbc743f9
-- down_revision: 401eef162771
-- message: LAION-AI/Open-Assistant add_safe_content_to_message

-- migrate:up
-- alembic: upgrade 401eef162771 -> ea19bbc743f9

ALTER TABLE message ADD COLUMN safe_content VARCHAR;

ALTER TABLE message ADD COLUMN safety_level INTEGER;

ALTER TABLE message ADD COLUMN safety_label VARCHAR;

ALTER TABLE message ADD COLUMN safety_rots VARCHAR;

-- migrate:down
-- alembic: downgrade ea19bbc743f9 -> 401eef162771

ALTER TABLE message DROP COLUMN safe_content;

ALTER TABLE message DROP COLUMN safety_level;

ALTER TABLE message DROP COLUMN safety_label;

ALTER TABLE message DROP COLUMN safety_rots;
