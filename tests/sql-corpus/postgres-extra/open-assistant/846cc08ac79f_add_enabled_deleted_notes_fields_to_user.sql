-- revision: 846cc08ac79f
-- down_revision: befa42582ea4
-- message: LAION-AI/Open-Assistant add_enabled_deleted_notes_fields_to_user

-- migrate:up
-- alembic: upgrade befa42582ea4 -> 846cc08ac79f

ALTER TABLE "user" ADD COLUMN enabled BOOLEAN DEFAULT true NOT NULL;

ALTER TABLE "user" ADD COLUMN deleted BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE "user" ADD COLUMN notes VARCHAR(1024) DEFAULT '' NOT NULL;

-- migrate:down
-- alembic: downgrade 846cc08ac79f -> befa42582ea4

ALTER TABLE "user" DROP COLUMN notes;

ALTER TABLE "user" DROP COLUMN deleted;

ALTER TABLE "user" DROP COLUMN enabled;
