-- revision: 1556881148
-- down_revision: 1556179594
-- message: update indexes
-- imported from sqlx 1556881148_update_indexes.up.sql

-- migrate:up
ALTER TABLE `clusters` RENAME INDEX idx_uid TO idx_clusters_uid;
ALTER TABLE `clusters` RENAME INDEX idx_unique_id TO idx_clusters_unique_id;
ALTER TABLE `scale_options` RENAME INDEX ux_cluster_id TO idx_scale_options_cluster_id;
ALTER TABLE `alibaba_acsk_node_pools` RENAME INDEX idx_cluster_id_name TO idx_ack_node_pools_cluster_id_name;
ALTER TABLE `amazon_node_pools` RENAME INDEX idx_cluster_id_name TO idx_amazon_node_pools_cluster_id_name;
ALTER TABLE `amazon_eks_clusters` RENAME INDEX ux_cluster_id TO idx_eks_clusters_cluster_id;
ALTER TABLE `amazon_eks_subnets` RENAME INDEX idx_cluster_id TO idx_eks_subnets_cluster_id;
ALTER TABLE `azure_aks_node_pools` RENAME INDEX idx_cluster_id_name TO idx_aks_node_pools_cluster_id_name;
ALTER TABLE `amazon_node_pool_labels` RENAME INDEX idx_node_pool_id_name TO idx_amazon_node_pool_labels_id_name;
ALTER TABLE `amazon_eks_profile_node_pools` RENAME INDEX idx_name_node_name TO idx_amazon_name_node_name;
ALTER TABLE `amazon_eks_profile_node_pool_labels` RENAME INDEX idx_node_pool_profile_id_name TO idx_eks_profile_node_pool_labels_id_name;
ALTER TABLE `azure_aks_profile_node_pools` RENAME INDEX idx_name_node_name TO idx_aks_profile_node_pools_name_node_name;
ALTER TABLE `azure_aks_profile_node_pool_labels` RENAME INDEX idx_name_profile_node_pool_id TO idx_aks_profile_node_pool_labels_name_id;
ALTER TABLE `google_gke_profile_node_pools` RENAME INDEX idx_name_node_name TO idx_gke_profile_node_pools_name_node_name;
ALTER TABLE `google_gke_profile_node_pool_labels` RENAME INDEX idx_name_profile_node_pool_id TO idx_gke_name_profile_node_pool_id;
ALTER TABLE `amazon_route53_domains` RENAME INDEX uix_amazon_route53_domains_organization_id TO idx_amazon_route53_domains_organization_id;
ALTER TABLE `amazon_route53_domains` RENAME INDEX uix_amazon_route53_domains_domain TO idx_amazon_route53_domains_domain;
ALTER TABLE `spotguide_repos` RENAME INDEX name_and_version TO idx_spotguide_name_and_version;
ALTER TABLE `alibaba_buckets` RENAME INDEX idx_bucket_name TO idx_alibaba_bucket_name;
ALTER TABLE `amazon_buckets` RENAME INDEX idx_bucket_name TO idx_amazon_bucket_name;
ALTER TABLE `azure_buckets` RENAME INDEX idx_bucket_name TO idx_azure_bucket_name;
ALTER TABLE `google_buckets` RENAME INDEX idx_bucket_name TO idx_google_bucket_name;
CREATE UNIQUE INDEX idx_gke_cluster_id ON `google_gke_clusters`(cluster_id);
ALTER TABLE `google_gke_node_pools` RENAME INDEX idx_cluster_id_name TO idx_gke_np_cluster_id_name;
ALTER TABLE `google_gke_node_pool_labels` RENAME INDEX idx_node_pool_id_name TO idx_gke_node_pool_labels_id_name;
ALTER TABLE `oracle_buckets` RENAME INDEX idx_oracle_buckets_org_id TO idx_oracle_buckets_org_id;
ALTER TABLE `oracle_buckets` RENAME INDEX idx_bucket_name_location_compartment TO idx_bucket_name_location_compartment;
ALTER TABLE `oracle_oke_clusters` RENAME INDEX idx_name TO idx_oke_clusters_name;
ALTER TABLE `oracle_oke_node_pools` RENAME INDEX idx_cluster_id_name TO idx_oke_node_pools_cluster_id_name;
ALTER TABLE `oracle_oke_node_pool_subnets` RENAME INDEX idx_node_pool_id_subnet_id TO idx_oke_node_pool_subnets_id_subnet_id;
ALTER TABLE `oracle_oke_profiles` RENAME INDEX idx_name TO idx_oke_profiles_name;
ALTER TABLE `oracle_oke_profile_node_pools` RENAME INDEX idx_name_profile_id TO idx_oke_profile_node_pools_name_profile_id;
ALTER TABLE `oracle_oke_profile_node_pool_labels` RENAME INDEX idx_name_profile_node_pool_id TO idx_oke_profile_node_pool_labels_name_profile_id;
ALTER TABLE `oracle_oke_node_pool_labels` RENAME INDEX idx_node_pool_id_name TO idx_oke_node_pool_labels_node_pool_id_name;
ALTER TABLE `topology_nodepools` RENAME INDEX idx_cluster_id_name TO idx_topology_nodepools_cluster_id_name;
-- migrate:down
ALTER TABLE `clusters` RENAME INDEX idx_clusters_uid TO idx_uid;
ALTER TABLE `clusters` RENAME INDEX idx_clusters_unique_id TO idx_unique_id;
ALTER TABLE `scale_options` RENAME INDEX idx_scale_options_cluster_id TO ux_cluster_id;
ALTER TABLE `alibaba_acsk_node_pools` RENAME INDEX idx_ack_node_pools_cluster_id_name TO idx_cluster_id_name;
ALTER TABLE `amazon_node_pools` RENAME INDEX idx_amazon_node_pools_cluster_id_name TO idx_cluster_id_name;
ALTER TABLE `amazon_eks_clusters` RENAME INDEX idx_eks_clusters_cluster_id TO ux_cluster_id;
ALTER TABLE `amazon_eks_subnets` RENAME INDEX idx_eks_subnets_cluster_id TO idx_cluster_id;
ALTER TABLE `azure_aks_node_pools` RENAME INDEX idx_aks_node_pools_cluster_id_name TO idx_cluster_id_name;
ALTER TABLE `amazon_node_pool_labels` RENAME INDEX idx_amazon_node_pool_labels_id_name TO idx_node_pool_id_name;
ALTER TABLE `amazon_eks_profile_node_pools` RENAME INDEX idx_amazon_name_node_name TO idx_name_node_name;
ALTER TABLE `amazon_eks_profile_node_pool_labels` RENAME INDEX idx_eks_profile_node_pool_labels_id_name TO idx_node_pool_profile_id_name;
ALTER TABLE `azure_aks_profile_node_pools` RENAME INDEX idx_aks_profile_node_pools_name_node_name TO idx_name_node_name;
ALTER TABLE `azure_aks_profile_node_pool_labels` RENAME INDEX idx_aks_profile_node_pool_labels_name_id TO idx_name_profile_node_pool_id;
ALTER TABLE `google_gke_profile_node_pools` RENAME INDEX idx_gke_profile_node_pools_name_node_name TO idx_name_node_name;
ALTER TABLE `google_gke_profile_node_pool_labels` RENAME INDEX idx_gke_name_profile_node_pool_id TO idx_name_profile_node_pool_id;
ALTER TABLE `amazon_route53_domains` RENAME INDEX idx_amazon_route53_domains_organization_id TO uix_amazon_route53_domains_organization_id;
ALTER TABLE `amazon_route53_domains` RENAME INDEX idx_amazon_route53_domains_domain TO uix_amazon_route53_domains_domain;
ALTER TABLE `spotguide_repos` RENAME INDEX idx_spotguide_name_and_version TO name_and_version;
ALTER TABLE `alibaba_buckets` RENAME INDEX idx_alibaba_bucket_name TO idx_bucket_name;
ALTER TABLE `amazon_buckets` RENAME INDEX idx_amazon_bucket_name TO idx_bucket_name;
ALTER TABLE `azure_buckets` RENAME INDEX idx_azure_bucket_name TO idx_bucket_name;
ALTER TABLE `google_buckets` RENAME INDEX idx_google_bucket_name TO idx_bucket_name;
-- DROP INDEX idx_gke_cluster_id ON `google_gke_clusters`;
ALTER TABLE `google_gke_node_pools` RENAME INDEX idx_gke_np_cluster_id_name TO idx_cluster_id_name;
ALTER TABLE `google_gke_node_pool_labels` RENAME INDEX idx_gke_node_pool_labels_id_name TO idx_node_pool_id_name;
ALTER TABLE `oracle_buckets` RENAME INDEX idx_oracle_buckets_org_id TO idx_oracle_buckets_org_id;
ALTER TABLE `oracle_buckets` RENAME INDEX idx_bucket_name_location_compartment TO idx_bucket_name_location_compartment;
ALTER TABLE `oracle_oke_clusters` RENAME INDEX idx_oke_clusters_name TO idx_name;
ALTER TABLE `oracle_oke_node_pools` RENAME INDEX idx_oke_node_pools_cluster_id_name TO idx_cluster_id_name;
ALTER TABLE `oracle_oke_node_pool_subnets` RENAME INDEX idx_oke_node_pool_subnets_id_subnet_id TO idx_node_pool_id_subnet_id;
ALTER TABLE `oracle_oke_profiles` RENAME INDEX idx_oke_profiles_name TO idx_name;
ALTER TABLE `oracle_oke_profile_node_pools` RENAME INDEX idx_oke_profile_node_pools_name_profile_id TO idx_name_profile_id;
ALTER TABLE `oracle_oke_profile_node_pool_labels` RENAME INDEX idx_oke_profile_node_pool_labels_name_profile_id TO idx_name_profile_node_pool_id;
ALTER TABLE `oracle_oke_node_pool_labels` RENAME INDEX idx_oke_node_pool_labels_node_pool_id_name TO idx_node_pool_id_name;
ALTER TABLE `topology_nodepools` RENAME INDEX idx_topology_nodepools_cluster_id_name TO idx_cluster_id_name;
