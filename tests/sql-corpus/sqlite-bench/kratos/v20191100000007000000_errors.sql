-- revision: v20191100000007000000
-- down_revision: v20191100000006000000
-- message: ory/kratos errors

-- migrate:up
ALTER TABLE "selfservice_errors" ADD COLUMN "csrf_token" TEXT NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE "_selfservice_errors_tmp" RENAME TO "selfservice_errors";
