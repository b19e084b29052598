-- revision: v20230216132133
-- down_revision: v20230216131220
-- message: triggerdotdev/trigger.dev add_account_name_to_auth

-- migrate:up
/*
  Warnings:

  - Added the required column `accountName` to the `GitHubAppAuthorization` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "GitHubAppAuthorization" ADD COLUMN     "accountName" TEXT NOT NULL;

-- migrate:down irreversible
