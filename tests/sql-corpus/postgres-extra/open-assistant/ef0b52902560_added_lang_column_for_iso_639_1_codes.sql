-- revision: ef0b52902560
-- down_revision: d24b37426857
-- message: LAION-AI/Open-Assistant added_lang_column_for_iso_639_1_codes

-- migrate:up
-- alembic: upgrade d24b37426857 -> ef0b52902560

ALTER TABLE post ADD COLUMN lang VARCHAR(200) NOT NULL;

-- migrate:down
-- alembic: downgrade ef0b52902560 -> d24b37426857

ALTER TABLE post DROP COLUMN lang;
