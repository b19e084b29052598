-- revision: 954db7517015
-- down_revision: 916718e8330f
-- message: PrefectHQ/prefect add_trigger_id_to_the_unique_index_for_automation_bucket

-- migrate:up
-- alembic: upgrade 916718e8330f -> 954db7517015

ALTER TABLE automation_bucket ALTER COLUMN trigger_id SET NOT NULL;

ALTER TABLE automation_bucket ALTER COLUMN triggered_at DROP NOT NULL;

DROP INDEX uq_automation_bucket__automation_id__bucketing_key;

CREATE UNIQUE INDEX uq_automation_bucket__automation_id__trigger_id__bucketing_key ON automation_bucket (automation_id, trigger_id, bucketing_key);

-- migrate:down
-- alembic: downgrade 954db7517015 -> 916718e8330f

DROP INDEX uq_automation_bucket__automation_id__trigger_id__bucketing_key;

CREATE UNIQUE INDEX uq_automation_bucket__automation_id__bucketing_key ON automation_bucket (automation_id, bucketing_key);

ALTER TABLE automation_bucket ALTER COLUMN triggered_at SET NOT NULL;

ALTER TABLE automation_bucket ALTER COLUMN trigger_id DROP NOT NULL;
