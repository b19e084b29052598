-- revision: v20221223155859
-- down_revision: v20221223152905
-- message: triggerdotdev/trigger.dev add_service_to_trigger_event

-- migrate:up
/*
  Warnings:

  - Added the required column `service` to the `TriggerEvent` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "TriggerEvent" ADD COLUMN     "service" TEXT NOT NULL;

-- migrate:down irreversible
