-- revision: v20250131152943
-- down_revision: v20250124000257
-- message: civitai/civitai many_to_many_table_relation

-- migrate:up
-- DropIndex
DROP INDEX "_LicenseToModel_AB_unique";
DROP INDEX "_LicenseToModel_B_index";

-- migrate:down irreversible
