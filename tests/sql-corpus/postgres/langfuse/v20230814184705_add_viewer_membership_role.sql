-- revision: v20230814184705
-- down_revision: v20230810191453
-- message: langfuse/langfuse add_viewer_membership_role

-- migrate:up
-- AlterEnum
ALTER TYPE "MembershipRole" ADD VALUE 'VIEWER';

-- migrate:down irreversible
