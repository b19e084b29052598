-- revision: v20260814064718
-- down_revision: v20260810084018
-- message: openmeterio/openmeter make_stripe_app_secrets_nullable

-- migrate:up
-- modify "app_stripes" table
ALTER TABLE "app_stripes" ADD CONSTRAINT "app_stripe_secret_lifecycle" CHECK (((deleted_at IS NULL) AND (api_key IS NOT NULL) AND (webhook_secret IS NOT NULL)) OR ((deleted_at IS NOT NULL) AND (api_key IS NULL) AND (webhook_secret IS NULL))), ALTER COLUMN "api_key" DROP NOT NULL, ALTER COLUMN "webhook_secret" DROP NOT NULL;

-- migrate:down
-- reverse: modify "app_stripes" table
ALTER TABLE "app_stripes" ALTER COLUMN "webhook_secret" SET NOT NULL, ALTER COLUMN "api_key" SET NOT NULL, DROP CONSTRAINT "app_stripe_secret_lifecycle";
