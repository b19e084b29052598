-- revision: v20260421111210
-- down_revision: v20260413154216
-- message: openmeterio/openmeter add_charge_detailed_line_tables

-- migrate:up
-- create "charge_flat_fee_detailed_line" table
CREATE TABLE "charge_flat_fee_detailed_line" (
  "id" character(26) NOT NULL,
  "currency" character varying(3) NOT NULL,
  "tax_config" jsonb NULL,
  "tax_behavior" character varying NULL,
  "service_period_start" timestamptz NOT NULL,
  "service_period_end" timestamptz NOT NULL,
  "quantity" numeric NOT NULL,
  "invoicing_app_external_id" character varying NULL,
  "child_unique_reference_id" character varying NULL,
  "per_unit_amount" numeric NOT NULL,
  "category" character varying NOT NULL DEFAULT 'regular',
  "payment_term" character varying NOT NULL DEFAULT 'in_advance',
  "index" bigint NULL,
  "credits_applied" jsonb NULL,
  "annotations" jsonb NULL,
  "namespace" character varying NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL,
  "updated_at" timestamptz NOT NULL,
  "deleted_at" timestamptz NULL,
  "name" character varying NOT NULL,
  "description" character varying NULL,
  "amount" numeric NOT NULL,
  "taxes_total" numeric NOT NULL,
  "taxes_inclusive_total" numeric NOT NULL,
  "taxes_exclusive_total" numeric NOT NULL,
  "charges_total" numeric NOT NULL,
  "discounts_total" numeric NOT NULL,
  "credits_total" numeric NOT NULL,
  "total" numeric NOT NULL,
  "charge_id" character(26) NOT NULL,
  "tax_code_id" character(26) NULL,
  PRIMARY KEY ("id"),
  CONSTRAINT "charge_flat_fee_detailed_line_charge_flat_fees_detailed_lines" FOREIGN KEY ("charge_id") REFERENCES "charge_flat_fees" ("id") ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT "charge_flat_fee_detailed_line_tax_codes_charge_flat_fee_detaile" FOREIGN KEY ("tax_code_id") REFERENCES "tax_codes" ("id") ON UPDATE NO ACTION ON DELETE SET NULL
);
-- create index "chargeffdetailedline_ns_charge_child_id" to table: "charge_flat_fee_detailed_line"
CREATE UNIQUE INDEX "chargeffdetailedline_ns_charge_child_id" ON "charge_flat_fee_detailed_line" ("namespace", "charge_id", "child_unique_reference_id") WHERE ((child_unique_reference_id IS NOT NULL) AND (deleted_at IS NULL));
-- create index "chargeflatfeedetailedline_annotations" to table: "charge_flat_fee_detailed_line"
CREATE INDEX "chargeflatfeedetailedline_annotations" ON "charge_flat_fee_detailed_line" USING gin ("annotations");
-- create index "chargeflatfeedetailedline_id" to table: "charge_flat_fee_detailed_line"
CREATE UNIQUE INDEX "chargeflatfeedetailedline_id" ON "charge_flat_fee_detailed_line" ("id");
-- create index "chargeflatfeedetailedline_namespace" to table: "charge_flat_fee_detailed_line"
CREATE INDEX "chargeflatfeedetailedline_namespace" ON "charge_flat_fee_detailed_line" ("namespace");
-- create index "chargeflatfeedetailedline_namespace_charge_id" to table: "charge_flat_fee_detailed_line"
CREATE INDEX "chargeflatfeedetailedline_namespace_charge_id" ON "charge_flat_fee_detailed_line" ("namespace", "charge_id");
-- create index "chargeflatfeedetailedline_namespace_id" to table: "charge_flat_fee_detailed_line"
CREATE UNIQUE INDEX "chargeflatfeedetailedline_namespace_id" ON "charge_flat_fee_detailed_line" ("namespace", "id");
-- create index "chargeflatfeedetailedline_tax_code_id" to table: "charge_flat_fee_detailed_line"
CREATE INDEX "chargeflatfeedetailedline_tax_code_id" ON "charge_flat_fee_detailed_line" ("tax_code_id");
-- create "charge_usage_based_run_detailed_line" table
CREATE TABLE "charge_usage_based_run_detailed_line" (
  "id" character(26) NOT NULL,
  "currency" character varying(3) NOT NULL,
  "tax_config" jsonb NULL,
  "tax_behavior" character varying NULL,
  "service_period_start" timestamptz NOT NULL,
  "service_period_end" timestamptz NOT NULL,
  "quantity" numeric NOT NULL,
  "invoicing_app_external_id" character varying NULL,
  "child_unique_reference_id" character varying NULL,
  "per_unit_amount" numeric NOT NULL,
  "category" character varying NOT NULL DEFAULT 'regular',
  "payment_term" character varying NOT NULL DEFAULT 'in_advance',
  "index" bigint NULL,
  "credits_applied" jsonb NULL,
  "annotations" jsonb NULL,
  "namespace" character varying NOT NULL,
  "metadata" jsonb NULL,
  "created_at" timestamptz NOT NULL,
  "updated_at" timestamptz NOT NULL,
  "deleted_at" timestamptz NULL,
  "name" character varying NOT NULL,
  "description" character varying NULL,
  "amount" numeric NOT NULL,
  "taxes_total" numeric NOT NULL,
  "taxes_inclusive_total" numeric NOT NULL,
  "taxes_exclusive_total" numeric NOT NULL,
  "charges_total" numeric NOT NULL,
  "discounts_total" numeric NOT NULL,
  "credits_total" numeric NOT NULL,
  "total" numeric NOT NULL,
  "charge_id" character(26) NOT NULL,
  "run_id" character(26) NOT NULL,
  "tax_code_id" character(26) NULL,
  PRIMARY KEY ("id"),
  CONSTRAINT "charge_usage_based_run_detailed_line_charge_usage_based_detaile" FOREIGN KEY ("charge_id") REFERENCES "charge_usage_based" ("id") ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT "charge_usage_based_run_detailed_line_charge_usage_based_runs_de" FOREIGN KEY ("run_id") REFERENCES "charge_usage_based_runs" ("id") ON UPDATE NO ACTION ON DELETE CASCADE,
  CONSTRAINT "charge_usage_based_run_detailed_line_tax_codes_charge_usage_bas" FOREIGN KEY ("tax_code_id") REFERENCES "tax_codes" ("id") ON UPDATE NO ACTION ON DELETE SET NULL
);
-- create index "chargeubdetailedline_ns_charge_run_child_id" to table: "charge_usage_based_run_detailed_line"
CREATE UNIQUE INDEX "chargeubdetailedline_ns_charge_run_child_id" ON "charge_usage_based_run_detailed_line" ("namespace", "charge_id", "run_id", "child_unique_reference_id") WHERE ((child_unique_reference_id IS NOT NULL) AND (deleted_at IS NULL));
-- create index "chargeusagebasedrundetailedline_annotations" to table: "charge_usage_based_run_detailed_line"
CREATE INDEX "chargeusagebasedrundetailedline_annotations" ON "charge_usage_based_run_detailed_line" USING gin ("annotations");
-- create index "chargeusagebasedrundetailedline_id" to table: "charge_usage_based_run_detailed_line"
CREATE UNIQUE INDEX "chargeusagebasedrundetailedline_id" ON "charge_usage_based_run_detailed_line" ("id");
-- create index "chargeusagebasedrundetailedline_namespace" to table: "charge_usage_based_run_detailed_line"
CREATE INDEX "chargeusagebasedrundetailedline_namespace" ON "charge_usage_based_run_detailed_line" ("namespace");
-- create index "chargeusagebasedrundetailedline_namespace_charge_id" to table: "charge_usage_based_run_detailed_line"
CREATE INDEX "chargeusagebasedrundetailedline_namespace_charge_id" ON "charge_usage_based_run_detailed_line" ("namespace", "charge_id");
-- create index "chargeusagebasedrundetailedline_namespace_id" to table: "charge_usage_based_run_detailed_line"
CREATE UNIQUE INDEX "chargeusagebasedrundetailedline_namespace_id" ON "charge_usage_based_run_detailed_line" ("namespace", "id");
-- create index "chargeusagebasedrundetailedline_namespace_run_id" to table: "charge_usage_based_run_detailed_line"
CREATE INDEX "chargeusagebasedrundetailedline_namespace_run_id" ON "charge_usage_based_run_detailed_line" ("namespace", "run_id");
-- create index "chargeusagebasedrundetailedline_tax_code_id" to table: "charge_usage_based_run_detailed_line"
CREATE INDEX "chargeusagebasedrundetailedline_tax_code_id" ON "charge_usage_based_run_detailed_line" ("tax_code_id");

-- migrate:down
-- reverse: create index "chargeusagebasedrundetailedline_tax_code_id" to table: "charge_usage_based_run_detailed_line"
DROP INDEX "chargeusagebasedrundetailedline_tax_code_id";
-- reverse: create index "chargeusagebasedrundetailedline_namespace_run_id" to table: "charge_usage_based_run_detailed_line"
DROP INDEX "chargeusagebasedrundetailedline_namespace_run_id";
-- reverse: create index "chargeusagebasedrundetailedline_namespace_id" to table: "charge_usage_based_run_detailed_line"
DROP INDEX "chargeusagebasedrundetailedline_namespace_id";
-- reverse: create index "chargeusagebasedrundetailedline_namespace_charge_id" to table: "charge_usage_based_run_detailed_line"
DROP INDEX "chargeusagebasedrundetailedline_namespace_charge_id";
-- reverse: create index "chargeusagebasedrundetailedline_namespace" to table: "charge_usage_based_run_detailed_line"
DROP INDEX "chargeusagebasedrundetailedline_namespace";
-- reverse: create index "chargeusagebasedrundetailedline_id" to table: "charge_usage_based_run_detailed_line"
DROP INDEX "chargeusagebasedrundetailedline_id";
-- reverse: create index "chargeusagebasedrundetailedline_annotations" to table: "charge_usage_based_run_detailed_line"
DROP INDEX "chargeusagebasedrundetailedline_annotations";
-- reverse: create index "chargeubdetailedline_ns_charge_run_child_id" to table: "charge_usage_based_run_detailed_line"
DROP INDEX "chargeubdetailedline_ns_charge_run_child_id";
-- reverse: create "charge_usage_based_run_detailed_line" table
DROP TABLE "charge_usage_based_run_detailed_line";
-- reverse: create index "chargeflatfeedetailedline_tax_code_id" to table: "charge_flat_fee_detailed_line"
DROP INDEX "chargeflatfeedetailedline_tax_code_id";
-- reverse: create index "chargeflatfeedetailedline_namespace_id" to table: "charge_flat_fee_detailed_line"
DROP INDEX "chargeflatfeedetailedline_namespace_id";
-- reverse: create index "chargeflatfeedetailedline_namespace_charge_id" to table: "charge_flat_fee_detailed_line"
DROP INDEX "chargeflatfeedetailedline_namespace_charge_id";
-- reverse: create index "chargeflatfeedetailedline_namespace" to table: "charge_flat_fee_detailed_line"
DROP INDEX "chargeflatfeedetailedline_namespace";
-- reverse: create index "chargeflatfeedetailedline_id" to table: "charge_flat_fee_detailed_line"
DROP INDEX "chargeflatfeedetailedline_id";
-- reverse: create index "chargeflatfeedetailedline_annotations" to table: "charge_flat_fee_detailed_line"
DROP INDEX "chargeflatfeedetailedline_annotations";
-- reverse: create index "chargeffdetailedline_ns_charge_child_id" to table: "charge_flat_fee_detailed_line"
DROP INDEX "chargeffdetailedline_ns_charge_child_id";
-- reverse: create "charge_flat_fee_detailed_line" table
DROP TABLE "charge_flat_fee_detailed_line";
