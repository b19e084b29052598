-- revision: v20221221124220
-- down_revision: v20221221114754
-- message: triggerdotdev/trigger.dev add_secret_to_registered_webhook

-- migrate:up
/*
  Warnings:

  - Added the required column `secret` to the `RegisteredWebhook` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "RegisteredWebhook" ADD COLUMN     "secret" TEXT NOT NULL;

-- migrate:down irreversible
