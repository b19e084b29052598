-- revision: v0004
-- down_revision: v0003
-- message: dittofeed/dittofeed mighty_madame_web

-- migrate:up
CREATE TABLE "ComponentConfiguration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspaceId" uuid NOT NULL,
	"name" text NOT NULL,
	"definition" jsonb NOT NULL,
	"createdAt" timestamp (3) DEFAULT now() NOT NULL,
	"updatedAt" timestamp (3) DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ComponentConfiguration" ADD CONSTRAINT "ComponentConfiguration_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "public"."Workspace"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX "ComponentConfiguration_workspaceId_name_key" ON "ComponentConfiguration" USING btree ("workspaceId" uuid_ops,"name" text_ops);

-- migrate:down irreversible
