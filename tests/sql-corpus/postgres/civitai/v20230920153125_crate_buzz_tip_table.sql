-- revision: v20230920153125
-- down_revision: v20230918222033
-- message: civitai/civitai crate_buzz_tip_table

-- migrate:up
-- CreateTable
CREATE TABLE "BuzzTip" (
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "toUserId" INTEGER NOT NULL,
    "fromUserId" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,

    CONSTRAINT "BuzzTip_pkey" PRIMARY KEY ("entityType","entityId","fromUserId")
);

-- CreateIndex
CREATE INDEX "BuzzTip_toUserId_idx" ON "BuzzTip"("toUserId");

-- migrate:down irreversible
