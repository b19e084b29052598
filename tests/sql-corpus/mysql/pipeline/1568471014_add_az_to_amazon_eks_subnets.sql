-- revision: 1568471014
-- down_revision: 1567600054
-- message: add az to amazon eks subnets
-- imported from sqlx 1568471014_add_az_to_amazon_eks_subnets.up.sql

-- migrate:up
ALTER TABLE `amazon_eks_subnets`  ADD COLUMN `availability_zone` VARCHAR(25) DEFAULT NULL;
-- migrate:down
ALTER TABLE `amazon_eks_subnets`  DROP COLUMN `availability_zone`;
