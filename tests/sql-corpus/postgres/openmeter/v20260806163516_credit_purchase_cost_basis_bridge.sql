-- revision: v20260806163516
-- down_revision: v20260806141309
-- message: openmeterio/openmeter credit_purchase_cost_basis_bridge

-- migrate:up
-- modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" ADD CONSTRAINT "cost_basis_schema_level_settlement_fields" CHECK ((schema_level = 1) OR ((settlement_type IS NOT NULL) AND ((((settlement_type)::text = 'external'::text) AND (initial_payment_settlement_status IS NOT NULL)) OR (((settlement_type)::text = ANY ((ARRAY['invoice'::character varying, 'promotional'::character varying])::text[])) AND (initial_payment_settlement_status IS NULL))))), ADD CONSTRAINT "fiat_cost_basis_positive" CHECK ((fiat_cost_basis IS NULL) OR ((fiat_cost_basis <> 'NaN'::numeric) AND (fiat_cost_basis > (0)::numeric))), ADD CONSTRAINT "initial_payment_settlement_status" CHECK ((initial_payment_settlement_status IS NULL) OR ((initial_payment_settlement_status)::text = ANY ((ARRAY['created'::character varying, 'authorized'::character varying, 'settled'::character varying])::text[]))), ADD CONSTRAINT "schema_level" CHECK (schema_level = ANY (ARRAY[1, 2])), ADD CONSTRAINT "settlement_type" CHECK ((settlement_type IS NULL) OR ((settlement_type)::text = ANY ((ARRAY['invoice'::character varying, 'external'::character varying, 'promotional'::character varying])::text[]))), ADD COLUMN "schema_level" smallint NOT NULL DEFAULT 1, ADD COLUMN "fiat_cost_basis" numeric NULL, ADD COLUMN "settlement_type" character varying NULL, ADD COLUMN "initial_payment_settlement_status" character varying NULL;

-- migrate:down
-- reverse: modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" DROP CONSTRAINT "settlement_type", DROP CONSTRAINT "schema_level", DROP CONSTRAINT "initial_payment_settlement_status", DROP CONSTRAINT "fiat_cost_basis_positive", DROP CONSTRAINT "cost_basis_schema_level_settlement_fields", DROP COLUMN "initial_payment_settlement_status", DROP COLUMN "settlement_type", DROP COLUMN "fiat_cost_basis", DROP COLUMN "schema_level";
