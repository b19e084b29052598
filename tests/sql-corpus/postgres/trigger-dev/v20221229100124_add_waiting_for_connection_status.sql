-- revision: v20221229100124
-- down_revision: v20221229095721
-- message: triggerdotdev/trigger.dev add_waiting_for_connection_status

-- migrate:up
-- AlterEnum
ALTER TYPE "IntegrationRequestStatus" ADD VALUE 'WAITING_FOR_CONNECTION';

-- migrate:down irreversible
