-- revision: v20221209174938
-- down_revision: v20221209162539
-- message: civitai/civitai add_unique_constraint_user_notifications

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[userId,type]` on the table `UserNotificationSettings` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "UserNotificationSettings_userId_type_key" ON "UserNotificationSettings"("userId", "type");

-- migrate:down irreversible
