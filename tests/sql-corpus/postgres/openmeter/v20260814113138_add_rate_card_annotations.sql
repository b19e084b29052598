-- revision: v20260814113138
-- down_revision: v20260814064718
-- message: openmeterio/openmeter add_rate_card_annotations

-- migrate:up
-- BEGIN; (the revision's own transaction)

-- modify "addon_rate_cards" table
ALTER TABLE "addon_rate_cards" ADD COLUMN "annotations" jsonb NULL;
-- modify "plan_rate_cards" table
ALTER TABLE "plan_rate_cards" ADD COLUMN "annotations" jsonb NULL;

-- COMMIT; (the revision's own transaction)

-- migrate:down
-- BEGIN; (the revision's own transaction)

-- reverse: modify "plan_rate_cards" table
ALTER TABLE "plan_rate_cards" DROP COLUMN "annotations";
-- reverse: modify "addon_rate_cards" table
ALTER TABLE "addon_rate_cards" DROP COLUMN "annotations";

-- COMMIT; (the revision's own transaction)
