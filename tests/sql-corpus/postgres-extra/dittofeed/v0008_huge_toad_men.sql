-- revision: v0008
-- down_revision: v0007
-- message: dittofeed/dittofeed huge_toad_men

-- migrate:up
DROP INDEX "WorkspaceOccupantSetting_workspaceId_workspaceOccupantId_key";--> statement-breakpoint
DROP INDEX "WorkspaceOccupantSetting_workspaceId_name_key";--> statement-breakpoint
CREATE UNIQUE INDEX "WorkspaceOccupantSetting_workspaceId_occupantId_name_key" ON "WorkspaceOccupantSetting" USING btree ("workspaceId" uuid_ops,"workspaceOccupantId" text_ops,"name" text_ops);

-- migrate:down irreversible
