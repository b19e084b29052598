-- revision: v20230127121743
-- down_revision: v20230125105732
-- message: triggerdotdev/trigger.dev add_slack_interaction_trigger_type

-- migrate:up
-- AlterEnum
ALTER TYPE "TriggerType" ADD VALUE 'SLACK_INTERACTION';

-- migrate:down irreversible
