-- revision: v20260305173559
-- down_revision: v20260305140658
-- message: openmeterio/openmeter feature_cost_add

-- migrate:up
-- modify "features" table
ALTER TABLE "features" ADD COLUMN "unit_cost_type" character varying NULL, ADD COLUMN "unit_cost_manual_amount" numeric NULL, ADD COLUMN "unit_cost_llm_provider_property" character varying NULL, ADD COLUMN "unit_cost_llm_provider" character varying NULL, ADD COLUMN "unit_cost_llm_model_property" character varying NULL, ADD COLUMN "unit_cost_llm_model" character varying NULL, ADD COLUMN "unit_cost_llm_token_type_property" character varying NULL, ADD COLUMN "unit_cost_llm_token_type" character varying NULL, ADD CONSTRAINT "unit_cost_llm_model_mutual_exclusive" CHECK (NOT ((unit_cost_llm_model_property IS NOT NULL) AND (unit_cost_llm_model IS NOT NULL))), ADD CONSTRAINT "unit_cost_llm_provider_mutual_exclusive" CHECK (NOT ((unit_cost_llm_provider_property IS NOT NULL) AND (unit_cost_llm_provider IS NOT NULL))), ADD CONSTRAINT "unit_cost_llm_token_type_mutual_exclusive" CHECK (NOT ((unit_cost_llm_token_type_property IS NOT NULL) AND (unit_cost_llm_token_type IS NOT NULL)));

-- migrate:down
-- reverse: modify "features" table
ALTER TABLE "features" DROP CONSTRAINT "unit_cost_llm_token_type_mutual_exclusive", DROP CONSTRAINT "unit_cost_llm_provider_mutual_exclusive", DROP CONSTRAINT "unit_cost_llm_model_mutual_exclusive", DROP COLUMN "unit_cost_llm_token_type", DROP COLUMN "unit_cost_llm_token_type_property", DROP COLUMN "unit_cost_llm_model", DROP COLUMN "unit_cost_llm_model_property", DROP COLUMN "unit_cost_llm_provider", DROP COLUMN "unit_cost_llm_provider_property", DROP COLUMN "unit_cost_manual_amount", DROP COLUMN "unit_cost_type";
