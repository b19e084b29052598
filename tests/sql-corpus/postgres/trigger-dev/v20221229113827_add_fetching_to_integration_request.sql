-- revision: v20221229113827
-- down_revision: v20221229101944
-- message: triggerdotdev/trigger.dev add_fetching_to_integration_request

-- migrate:up
-- AlterEnum
ALTER TYPE "IntegrationRequestStatus" ADD VALUE 'FETCHING';

-- migrate:down irreversible
