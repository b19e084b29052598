-- revision: v20231019210147
-- down_revision: v20231013203903
-- message: civitai/civitai model_version_monetization_buzz_currency

-- migrate:up

-- BEGIN; (the revision's own transaction)

UPDATE "ModelVersionMonetization" SET "unitAmount" = "unitAmount" * 10 WHERE "unitAmount" IS NOT NULL;
UPDATE "ModelVersionSponsorshipSettings" SET "unitAmount" = "unitAmount" * 10 WHERE "unitAmount" IS NOT NULL;
 -- AlterTable
ALTER TABLE "ModelVersionMonetization" DROP COLUMN "currency",
ADD COLUMN     "currency" "Currency" NOT NULL DEFAULT 'BUZZ';

-- AlterTable
ALTER TABLE "ModelVersionSponsorshipSettings" DROP COLUMN "currency",
ADD COLUMN     "currency" "Currency" NOT NULL DEFAULT 'BUZZ';

-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
