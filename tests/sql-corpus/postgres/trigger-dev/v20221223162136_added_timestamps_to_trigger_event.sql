-- revision: v20221223162136
-- down_revision: v20221223155859
-- message: triggerdotdev/trigger.dev added_timestamps_to_trigger_event

-- migrate:up
/*
  Warnings:

  - Added the required column `updatedAt` to the `TriggerEvent` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "TriggerEvent" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "processedAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- migrate:down irreversible
