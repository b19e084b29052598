-- revision: v20260728103546
-- down_revision: v20260728100841
-- message: openmeterio/openmeter product_catalog_currency_constraints

-- migrate:up
-- modify "addon_rate_cards" table
ALTER TABLE "addon_rate_cards" ADD CONSTRAINT "addon_rate_card_currency_code_length" CHECK ((currency IS NULL) OR ((char_length((currency)::text) >= 3) AND (char_length((currency)::text) <= 24))), ADD CONSTRAINT "addon_rate_card_currency_has_price" CHECK ((price IS NOT NULL) OR (currency IS NULL)), ADD CONSTRAINT "addon_rate_card_currency_reference" CHECK (((currency IS NULL) AND (custom_currency_id IS NULL)) OR ((currency IS NOT NULL) AND (char_length((currency)::text) = 3) AND (custom_currency_id IS NULL)) OR ((currency IS NOT NULL) AND (char_length((currency)::text) > 3) AND (custom_currency_id IS NOT NULL)));
-- modify "addons" table
ALTER TABLE "addons" ADD CONSTRAINT "addon_currency_code_length" CHECK ((char_length((currency)::text) >= 3) AND (char_length((currency)::text) <= 24)), ADD CONSTRAINT "addon_currency_reference" CHECK (((char_length((currency)::text) = 3) AND (custom_currency_id IS NULL)) OR ((char_length((currency)::text) > 3) AND (custom_currency_id IS NOT NULL)));
-- modify "plan_rate_cards" table
ALTER TABLE "plan_rate_cards" ADD CONSTRAINT "plan_rate_card_currency_code_length" CHECK ((currency IS NULL) OR ((char_length((currency)::text) >= 3) AND (char_length((currency)::text) <= 24))), ADD CONSTRAINT "plan_rate_card_currency_has_price" CHECK ((price IS NOT NULL) OR (currency IS NULL)), ADD CONSTRAINT "plan_rate_card_currency_reference" CHECK (((currency IS NULL) AND (custom_currency_id IS NULL)) OR ((currency IS NOT NULL) AND (char_length((currency)::text) = 3) AND (custom_currency_id IS NULL)) OR ((currency IS NOT NULL) AND (char_length((currency)::text) > 3) AND (custom_currency_id IS NOT NULL)));
-- modify "plans" table
ALTER TABLE "plans" ADD CONSTRAINT "plan_currency_code_length" CHECK ((char_length((currency)::text) >= 3) AND (char_length((currency)::text) <= 24)), ADD CONSTRAINT "plan_currency_reference" CHECK (((char_length((currency)::text) = 3) AND (custom_currency_id IS NULL)) OR ((char_length((currency)::text) > 3) AND (custom_currency_id IS NOT NULL)));

-- migrate:down
-- reverse: modify "plans" table
ALTER TABLE "plans" DROP CONSTRAINT "plan_currency_reference", DROP CONSTRAINT "plan_currency_code_length";
-- reverse: modify "plan_rate_cards" table
ALTER TABLE "plan_rate_cards" DROP CONSTRAINT "plan_rate_card_currency_reference", DROP CONSTRAINT "plan_rate_card_currency_has_price", DROP CONSTRAINT "plan_rate_card_currency_code_length";
-- reverse: modify "addons" table
ALTER TABLE "addons" DROP CONSTRAINT "addon_currency_reference", DROP CONSTRAINT "addon_currency_code_length";
-- reverse: modify "addon_rate_cards" table
ALTER TABLE "addon_rate_cards" DROP CONSTRAINT "addon_rate_card_currency_reference", DROP CONSTRAINT "addon_rate_card_currency_has_price", DROP CONSTRAINT "addon_rate_card_currency_code_length";
