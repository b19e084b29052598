-- revision: v20260807155244
-- down_revision: v20260807145338
-- message: openmeterio/openmeter credit_purchase_cost_basis_level_2_only

-- migrate:up
-- modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" DROP CONSTRAINT "cost_basis_schema_level_settlement_fields", ADD CONSTRAINT "cost_basis_schema_level_settlement_fields" CHECK ((settlement_type IS NOT NULL) AND ((((settlement_type)::text = 'external'::text) AND (initial_payment_settlement_status IS NOT NULL)) OR (((settlement_type)::text = ANY ((ARRAY['invoice'::character varying, 'promotional'::character varying])::text[])) AND (initial_payment_settlement_status IS NULL)))), DROP CONSTRAINT "schema_level", ADD CONSTRAINT "schema_level" CHECK (schema_level = 2), ALTER COLUMN "settlement" DROP NOT NULL, ALTER COLUMN "schema_level" SET DEFAULT 2;

-- migrate:down
-- reverse: modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" ALTER COLUMN "schema_level" SET DEFAULT 1, ALTER COLUMN "settlement" SET NOT NULL, DROP CONSTRAINT "schema_level", ADD CONSTRAINT "schema_level" CHECK (schema_level = ANY (ARRAY[1, 2])), DROP CONSTRAINT "cost_basis_schema_level_settlement_fields", ADD CONSTRAINT "cost_basis_schema_level_settlement_fields" CHECK ((schema_level = 1) OR ((settlement_type IS NOT NULL) AND ((((settlement_type)::text = 'external'::text) AND (initial_payment_settlement_status IS NOT NULL)) OR (((settlement_type)::text = ANY (ARRAY[('invoice'::character varying)::text, ('promotional'::character varying)::text])) AND (initial_payment_settlement_status IS NULL)))));
