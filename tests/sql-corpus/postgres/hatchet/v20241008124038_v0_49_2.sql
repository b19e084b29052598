-- revision: v20241008124038
-- down_revision: v20241004122206
-- message: hatchet-dev/hatchet v0_49_2

-- migrate:up
-- Create "EventKey" table
CREATE TABLE "EventKey" ("key" text NOT NULL, "tenantId" uuid NOT NULL, PRIMARY KEY ("key"));
-- Create index "EventKey_key_tenantId_key" to table: "EventKey"
CREATE UNIQUE INDEX "EventKey_key_tenantId_key" ON "EventKey" ("key", "tenantId");

-- migrate:down irreversible
