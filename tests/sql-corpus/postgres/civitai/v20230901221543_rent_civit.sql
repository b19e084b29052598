-- revision: v20230901221543
-- down_revision: v20230829142201
-- message: civitai/civitai rent_civit
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "CommercialUse" ADD VALUE 'RentCivit';

-- migrate:down irreversible
