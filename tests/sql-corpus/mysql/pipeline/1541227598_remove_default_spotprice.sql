-- revision: 1541227598
-- down_revision: 1539954290
-- message: remove default spotprice
-- imported from sqlx 1541227598_remove_default_spotprice.up.sql

-- migrate:up
ALTER TABLE `amazon_eks_profile_node_pools` ALTER `spot_price` DROP DEFAULT;

ALTER TABLE `amazon_ec2_profile_node_pools` ALTER `spot_price` DROP DEFAULT;
-- migrate:down
ALTER TABLE `amazon_eks_profile_node_pools` ALTER `spot_price` SET DEFAULT '0.2';

ALTER TABLE `amazon_ec2_profile_node_pools` ALTER `spot_price` SET DEFAULT '0.2';
