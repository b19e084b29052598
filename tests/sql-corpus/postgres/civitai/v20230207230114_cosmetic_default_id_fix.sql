-- revision: v20230207230114
-- down_revision: v20230207225516
-- message: civitai/civitai cosmetic_default_id_fix

-- migrate:up
-- AlterTable
CREATE SEQUENCE cosmetic_id_seq;
ALTER TABLE "Cosmetic" ALTER COLUMN "id" SET DEFAULT nextval('cosmetic_id_seq');
ALTER SEQUENCE cosmetic_id_seq OWNED BY "Cosmetic"."id";

-- migrate:down irreversible
