-- revision: v20241126224738
-- down_revision: v20241119210536
-- message: civitai/civitai add_filterable_only_to_collection_tags

-- migrate:up
ALTER TABLE "TagsOnCollection" ADD COLUMN     "filterableOnly" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
