-- revision: v20241014234054
-- down_revision: v20241012023023
-- message: civitai/civitai image_rating_request_cascade_on_delete

-- migrate:up
-- AddForeignKey
ALTER TABLE "ImageRatingRequest" ADD CONSTRAINT "ImageRatingRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageRatingRequest" ADD CONSTRAINT "ImageRatingRequest_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
