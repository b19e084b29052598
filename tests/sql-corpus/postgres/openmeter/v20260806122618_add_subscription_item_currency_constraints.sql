-- revision: v20260806122618
-- down_revision: v20260806122617
-- message: openmeterio/openmeter add_subscription_item_currency_constraints

-- migrate:up
-- modify "subscription_items" table
ALTER TABLE "subscription_items" ADD CONSTRAINT "subscription_item_currency_code_length" CHECK ((currency IS NULL) OR ((char_length((currency)::text) >= 3) AND (char_length((currency)::text) <= 24))), ADD CONSTRAINT "subscription_item_currency_has_price" CHECK ((price IS NOT NULL) OR (currency IS NULL)), ADD CONSTRAINT "subscription_item_currency_reference" CHECK (((currency IS NULL) AND (custom_currency_id IS NULL)) OR ((currency IS NOT NULL) AND (char_length((currency)::text) = 3) AND (custom_currency_id IS NULL)) OR ((currency IS NOT NULL) AND (char_length((currency)::text) > 3) AND (custom_currency_id IS NOT NULL)));

-- migrate:down
-- reverse: modify "subscription_items" table
ALTER TABLE "subscription_items" DROP CONSTRAINT "subscription_item_currency_reference", DROP CONSTRAINT "subscription_item_currency_has_price", DROP CONSTRAINT "subscription_item_currency_code_length";
