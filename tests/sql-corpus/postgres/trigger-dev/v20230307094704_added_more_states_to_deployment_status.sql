-- revision: v20230307094704
-- down_revision: v20230306150053
-- message: triggerdotdev/trigger.dev added_more_states_to_deployment_status

-- migrate:up
-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ProjectDeploymentStatus" ADD VALUE 'BUILDING';
ALTER TYPE "ProjectDeploymentStatus" ADD VALUE 'CANCELLED';

-- AlterEnum
ALTER TYPE "RepositoryProjectStatus" ADD VALUE 'BUILDING';

-- migrate:down irreversible
