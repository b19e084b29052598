-- revision: v20240403142806
-- down_revision: v20240329072855
-- message: civitai/civitai add_cosmetic_type_profile_decoration
-- transactional: false

-- migrate:up
ALTER TYPE "CosmeticType" ADD VALUE 'ProfileDecoration';

-- migrate:down irreversible
