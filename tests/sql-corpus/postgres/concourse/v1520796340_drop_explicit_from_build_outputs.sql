-- revision: v1520796340
-- down_revision: v1520369727
-- message: concourse/concourse drop_explicit_from_build_outputs

-- migrate:up

DELETE FROM "build_outputs" WHERE NOT "explicit";
ALTER TABLE "build_outputs" DROP COLUMN "explicit";


-- migrate:down

ALTER TABLE "build_outputs" ADD COLUMN "explicit" boolean;

