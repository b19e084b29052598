-- revision: v20250306054346
-- down_revision: v20241118054346
-- message: hoppscotch/hoppscotch team_access_role_enum

-- migrate:up
-- Alter the enum type "TeamMemberRole" to "TeamAccessRole"
ALTER TYPE "TeamMemberRole" RENAME TO "TeamAccessRole";

-- migrate:down irreversible
