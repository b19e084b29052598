-- revision: v20230125105732
-- down_revision: v20230124224734
-- message: triggerdotdev/trigger.dev add_manual_registration_to_external_source

-- migrate:up
-- AlterTable
ALTER TABLE "ExternalSource" ADD COLUMN     "manualRegistration" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
