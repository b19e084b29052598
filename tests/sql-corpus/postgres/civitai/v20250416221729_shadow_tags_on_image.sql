-- revision: v20250416221729
-- down_revision: v20250415094141
-- message: civitai/civitai shadow_tags_on_image

-- migrate:up


-- CreateTable
CREATE TABLE "ShadowTagsOnImage" (
    "imageId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "confidence" INTEGER NOT NULL,

    CONSTRAINT "ShadowTagsOnImage_pkey" PRIMARY KEY ("imageId","tagId")
);

-- CreateIndex
CREATE INDEX "ShadowTagsOnImage_tagId_idx" ON "ShadowTagsOnImage"("tagId");


-- migrate:down irreversible
