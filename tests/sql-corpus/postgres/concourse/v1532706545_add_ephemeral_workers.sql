-- revision: v1532706545
-- down_revision: v1530824006
-- message: concourse/concourse add_ephemeral_workers

-- migrate:up

ALTER TABLE "workers" ADD COLUMN "ephemeral" boolean;



-- migrate:down

ALTER TABLE "workers" DROP COLUMN "ephemeral";


