-- revision: v20240119175458
-- down_revision: v20240118214315
-- message: civitai/civitai buzz_claim

-- migrate:up
-- CreateTable
CREATE TABLE "BuzzClaim" (
    "key" TEXT NOT NULL,
    "transactionIdQuery" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "availableStart" TIMESTAMP(3),
    "availableEnd" TIMESTAMP(3),

    CONSTRAINT "BuzzClaim_pkey" PRIMARY KEY ("key")
);

-- migrate:down irreversible
