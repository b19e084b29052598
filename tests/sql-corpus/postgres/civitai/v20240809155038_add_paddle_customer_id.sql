-- revision: v20240809155038
-- down_revision: v20240808220734
-- message: civitai/civitai add_paddle_customer_id

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "paddleCustomerId" TEXT;
-- CreateIndex
CREATE UNIQUE INDEX "User_paddleCustomerId_key" ON "User"("paddleCustomerId");
 

-- migrate:down irreversible
