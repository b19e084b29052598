-- revision: v20240325211959
-- down_revision: v20240314090110
-- message: langfuse/langfuse remove_example_table

-- migrate:up
/*
  Warnings:

  - You are about to drop the `Example` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "Example";

-- migrate:down irreversible
