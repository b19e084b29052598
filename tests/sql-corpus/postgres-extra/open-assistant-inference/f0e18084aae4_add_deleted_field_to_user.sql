-- revision: f0e18084aae4
-- down_revision: 78f16015b904
-- message: LAION-AI/Open-Assistant add_deleted_field_to_user

-- migrate:up
-- alembic: upgrade 78f16015b904 -> f0e18084aae4

ALTER TABLE "user" ADD COLUMN deleted BOOLEAN DEFAULT false NOT NULL;

-- migrate:down
-- alembic: downgrade f0e18084aae4 -> 78f16015b904

ALTER TABLE "user" DROP COLUMN deleted;
