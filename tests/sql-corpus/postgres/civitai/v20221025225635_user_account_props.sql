-- revision: v20221025225635
-- down_revision: v20221020230242
-- message: civitai/civitai user_account_props

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[username]` on the table `User` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "blurNsfw" BOOLEAN DEFAULT true,
ADD COLUMN     "showNsfw" BOOLEAN DEFAULT false,
ADD COLUMN     "username" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- migrate:down irreversible
