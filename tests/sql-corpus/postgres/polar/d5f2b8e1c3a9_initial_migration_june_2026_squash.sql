-- revision: d5f2b8e1c3a9
-- down_revision: none
-- message: polarsource/polar initial_migration_june_2026_squash

-- migrate:up
-- alembic: upgrade  -> d5f2b8e1c3a9

SET LOCAL lock_timeout = '5s';

CREATE EXTENSION "uuid-ossp" WITH SCHEMA "public";

CREATE EXTENSION "citext" WITH SCHEMA "public";

CREATE TABLE campaigns (
    code VARCHAR,
    name VARCHAR NOT NULL,
    starts_at TIMESTAMP WITH TIME ZONE,
    ends_at TIMESTAMP WITH TIME ZONE,
    max_redemptions INTEGER,
    max_user_redemptions INTEGER,
    fee_percent INTEGER,
    fee_fixed INTEGER,
    fee_credit INTEGER,
    fee_credit_title VARCHAR,
    notes TEXT,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT campaigns_pkey PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_campaigns_code ON campaigns (code);

CREATE INDEX ix_campaigns_created_at ON campaigns (created_at);

CREATE INDEX ix_campaigns_deleted_at ON campaigns (deleted_at);

CREATE TABLE accounts (
    currency VARCHAR(3) NOT NULL,
    processor_fees_applicable BOOLEAN NOT NULL,
    platform_fee_percent INTEGER,
    platform_fee_fixed INTEGER,
    platform_subscription_fee_percent INTEGER,
    payout_transaction_delay INTERVAL NOT NULL,
    campaign_id UUID,
    billing_name VARCHAR,
    billing_address JSONB,
    billing_additional_info TEXT,
    billing_notes TEXT,
    credit_balance BIGINT NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_campaign_id_fkey FOREIGN KEY(campaign_id) REFERENCES campaigns (id) ON DELETE set null
);

CREATE INDEX ix_accounts_campaign_id ON accounts (campaign_id);

CREATE INDEX ix_accounts_created_at ON accounts (created_at);

CREATE INDEX ix_accounts_deleted_at ON accounts (deleted_at);

CREATE TABLE payout_accounts (
    type VARCHAR NOT NULL,
    admin_id UUID NOT NULL,
    stripe_id VARCHAR(100),
    open_collective_slug VARCHAR(255),
    email VARCHAR(254),
    country VARCHAR(2) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    is_details_submitted BOOLEAN NOT NULL,
    is_charges_enabled BOOLEAN NOT NULL,
    is_payouts_enabled BOOLEAN NOT NULL,
    business_type VARCHAR(255),
    data JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payout_accounts_pkey PRIMARY KEY (id)
);

CREATE INDEX ix_payout_accounts_created_at ON payout_accounts (created_at);

CREATE INDEX ix_payout_accounts_deleted_at ON payout_accounts (deleted_at);

CREATE TABLE organizations (
    name VARCHAR NOT NULL,
    slug CITEXT NOT NULL,
    slug_history JSONB DEFAULT '[]' NOT NULL,
    avatar_url VARCHAR,
    email VARCHAR,
    website VARCHAR,
    socials JSONB NOT NULL,
    details JSONB NOT NULL,
    details_submitted_at TIMESTAMP WITH TIME ZONE,
    customer_invoice_prefix VARCHAR NOT NULL,
    customer_invoice_next_number INTEGER NOT NULL,
    status VARCHAR NOT NULL,
    next_review_threshold INTEGER NOT NULL,
    status_updated_at TIMESTAMP WITH TIME ZONE,
    initially_reviewed_at TIMESTAMP WITH TIME ZONE,
    snooze_count INTEGER DEFAULT '0' NOT NULL,
    snoozed_until TIMESTAMP WITH TIME ZONE,
    snooze_type VARCHAR,
    support_tier INTEGER,
    total_balance BIGINT DEFAULT '0',
    internal_notes TEXT,
    account_id UUID NOT NULL,
    payout_account_id UUID,
    onboarded_at TIMESTAMP WITH TIME ZONE,
    ai_onboarding_completed_at TIMESTAMP WITH TIME ZONE,
    capabilities JSONB NOT NULL,
    country VARCHAR(2),
    profile_settings JSONB NOT NULL,
    subscription_settings JSONB NOT NULL,
    order_settings JSONB NOT NULL,
    customer_email_settings JSONB NOT NULL,
    customer_portal_settings JSONB NOT NULL,
    checkout_settings JSONB NOT NULL,
    legal_entity JSONB,
    feature_settings JSONB NOT NULL,
    default_presentment_currency VARCHAR(3) NOT NULL,
    default_tax_behavior VARCHAR NOT NULL,
    bio VARCHAR,
    company VARCHAR,
    blog VARCHAR,
    location VARCHAR,
    twitter_username VARCHAR,
    rate_limit_group VARCHAR(16) NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organizations_pkey PRIMARY KEY (id),
    CONSTRAINT organizations_next_review_threshold_positive_check CHECK (next_review_threshold >= 0),
    CONSTRAINT organizations_account_id_fkey FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE restrict,
    CONSTRAINT organizations_payout_account_id_fkey FOREIGN KEY(payout_account_id) REFERENCES payout_accounts (id) ON DELETE set null,
    CONSTRAINT organizations_account_id_key UNIQUE (account_id),
    CONSTRAINT organizations_slug_key UNIQUE (slug),
    CONSTRAINT organizations_slug_key UNIQUE (slug)
);

CREATE INDEX ix_organizations_created_at ON organizations (created_at);

CREATE INDEX ix_organizations_deleted_at ON organizations (deleted_at);

CREATE INDEX ix_organizations_name ON organizations (name);

CREATE INDEX ix_organizations_payout_account_id ON organizations (payout_account_id);

CREATE TABLE users (
    is_admin BOOLEAN NOT NULL,
    email VARCHAR(320) NOT NULL,
    email_verified BOOLEAN NOT NULL,
    avatar_url TEXT,
    account_id UUID,
    accepted_terms_of_service_at TIMESTAMP WITH TIME ZONE,
    accepted_terms_of_service_ip VARCHAR,
    stripe_customer_id VARCHAR,
    identity_verification_status VARCHAR NOT NULL,
    identity_verification_id VARCHAR,
    blocked_at TIMESTAMP WITH TIME ZONE,
    meta JSONB NOT NULL,
    first_name VARCHAR,
    last_name VARCHAR,
    country VARCHAR(2),
    date_of_birth DATE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_account_id_fkey FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE set null,
    CONSTRAINT users_identity_verification_id_key UNIQUE (identity_verification_id),
    CONSTRAINT users_stripe_customer_id_key UNIQUE (stripe_customer_id)
);

CREATE INDEX ix_users_created_at ON users (created_at);

CREATE INDEX ix_users_deleted_at ON users (deleted_at);

CREATE UNIQUE INDEX ix_users_email_case_insensitive ON users (lower(email));

ALTER TABLE payout_accounts ADD CONSTRAINT payout_accounts_admin_id_fkey FOREIGN KEY(admin_id) REFERENCES users (id);

CREATE SEQUENCE customer_short_id_seq START 1;

CREATE FUNCTION "public"."generate_customer_short_id"(creation_timestamp timestamp with time zone DEFAULT clock_timestamp()) returns bigint
 LANGUAGE plpgsql
AS $function$
DECLARE
    our_epoch bigint := 1672531200000; -- 2023-01-01 in milliseconds
    seq_id bigint;
    now_millis bigint;
    result bigint;
BEGIN
    -- Get sequence number modulo 1024 (10 bits)
    SELECT nextval('customer_short_id_seq') % 1024 INTO seq_id;

    -- Use provided timestamp (defaults to clock_timestamp())
    SELECT FLOOR(EXTRACT(EPOCH FROM creation_timestamp) * 1000) INTO now_millis;

    -- 42 bits timestamp (milliseconds) | 10 bits sequence = 52 bits total
    -- Capacity: 1,024 IDs per millisecond (over 1 million per second)
    -- Combine: (timestamp - epoch) << 10 | sequence
    result := (now_millis - our_epoch) << 10;
    result := result | seq_id;

    RETURN result;
END;
$function$;

CREATE TABLE customers (
    search_vector TSVECTOR,
    external_id VARCHAR,
    short_id BIGINT DEFAULT generate_customer_short_id() NOT NULL,
    email VARCHAR(320),
    email_verified BOOLEAN NOT NULL,
    stripe_customer_id VARCHAR,
    name VARCHAR,
    locale VARCHAR,
    billing_name VARCHAR,
    billing_address JSONB,
    tax_id JSONB,
    oauth_accounts JSONB NOT NULL,
    legacy_user_id UUID,
    meters_dirtied_at TIMESTAMP WITH TIME ZONE,
    meters_updated_at TIMESTAMP WITH TIME ZONE,
    invoice_next_number INTEGER NOT NULL,
    receipt_next_number INTEGER DEFAULT '1' NOT NULL,
    organization_id UUID NOT NULL,
    type VARCHAR,
    default_payment_method_id UUID,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT customers_pkey PRIMARY KEY (id),
    CONSTRAINT customers_legacy_user_id_fkey FOREIGN KEY(legacy_user_id) REFERENCES users (id) ON DELETE set null,
    CONSTRAINT customers_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT customers_organization_id_external_id_key UNIQUE (organization_id, external_id),
    CONSTRAINT customers_organization_id_short_id_key UNIQUE (organization_id, short_id)
);

CREATE INDEX ix_customers_created_at ON customers (created_at);

CREATE INDEX ix_customers_default_payment_method_id ON customers (default_payment_method_id);

CREATE INDEX ix_customers_deleted_at ON customers (deleted_at);

CREATE INDEX ix_customers_email_not_null ON customers (lower(email), deleted_at) NULLS NOT DISTINCT WHERE email IS NOT NULL;

CREATE INDEX ix_customers_external_id_pattern ON customers (external_id text_pattern_ops);

CREATE INDEX ix_customers_meters_dirtied_at ON customers (meters_dirtied_at);

CREATE INDEX ix_customers_meters_updated_at ON customers (meters_updated_at);

CREATE INDEX ix_customers_organization_id ON customers (organization_id);

CREATE UNIQUE INDEX ix_customers_organization_id_email_not_null ON customers (organization_id, lower(email), deleted_at) NULLS NOT DISTINCT WHERE email IS NOT NULL;

CREATE INDEX ix_customers_search_vector ON customers USING gin (search_vector);

CREATE INDEX ix_customers_short_id ON customers (short_id);

CREATE TABLE discounts (
    name CITEXT NOT NULL,
    type VARCHAR NOT NULL,
    code VARCHAR,
    starts_at TIMESTAMP WITH TIME ZONE,
    ends_at TIMESTAMP WITH TIME ZONE,
    max_redemptions INTEGER,
    duration VARCHAR NOT NULL,
    duration_in_months INTEGER,
    redemptions_count INTEGER NOT NULL,
    organization_id UUID NOT NULL,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    amounts JSONB,
    basis_points INTEGER,
    CONSTRAINT discounts_pkey PRIMARY KEY (id),
    CONSTRAINT discounts_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_discounts_code ON discounts (code);

CREATE UNIQUE INDEX ix_discounts_code_uniqueness ON discounts (organization_id, lower(code)) WHERE deleted_at IS NULL;

CREATE INDEX ix_discounts_created_at ON discounts (created_at);

CREATE INDEX ix_discounts_deleted_at ON discounts (deleted_at);

CREATE INDEX ix_discounts_organization_id ON discounts (organization_id);

CREATE TABLE products (
    search_vector TSVECTOR,
    name CITEXT NOT NULL,
    description TEXT,
    is_archived BOOLEAN NOT NULL,
    recurring_interval VARCHAR,
    recurring_interval_count INTEGER,
    is_tax_applicable BOOLEAN NOT NULL,
    tax_code VARCHAR NOT NULL,
    organization_id UUID NOT NULL,
    visibility VARCHAR NOT NULL,
    trial_interval VARCHAR,
    trial_interval_count INTEGER,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT products_pkey PRIMARY KEY (id),
    CONSTRAINT products_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_products_created_at ON products (created_at);

CREATE INDEX ix_products_deleted_at ON products (deleted_at);

CREATE INDEX ix_products_organization_id ON products (organization_id);

CREATE INDEX ix_products_recurring_interval ON products (recurring_interval);

CREATE INDEX ix_products_search_vector ON products USING gin (search_vector);

CREATE TABLE event_types (
    name VARCHAR(128) NOT NULL,
    label VARCHAR(128) NOT NULL,
    label_property_selector VARCHAR(256),
    organization_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT event_types_pkey PRIMARY KEY (id),
    CONSTRAINT event_types_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT event_types_name_organization_id_key UNIQUE (name, organization_id)
);

CREATE INDEX ix_event_types_created_at ON event_types (created_at);

CREATE INDEX ix_event_types_deleted_at ON event_types (deleted_at);

CREATE INDEX ix_event_types_name ON event_types (name);

CREATE INDEX ix_event_types_organization_id ON event_types (organization_id);

CREATE TABLE events (
    id UUID NOT NULL,
    ingested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    name VARCHAR(128) NOT NULL,
    source VARCHAR NOT NULL,
    customer_id UUID,
    external_customer_id VARCHAR,
    member_id UUID,
    external_member_id VARCHAR,
    external_id VARCHAR,
    parent_id UUID,
    root_id UUID,
    pending_parent_external_id VARCHAR,
    organization_id UUID NOT NULL,
    event_type_id UUID,
    user_metadata JSONB NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id),
    CONSTRAINT events_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id),
    CONSTRAINT events_event_type_id_fkey FOREIGN KEY(event_type_id) REFERENCES event_types (id),
    CONSTRAINT events_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT events_parent_id_fkey FOREIGN KEY(parent_id) REFERENCES events (id),
    CONSTRAINT events_root_id_fkey FOREIGN KEY(root_id) REFERENCES events (id)
);

CREATE INDEX ix_events_customer_id ON events (customer_id);

CREATE INDEX ix_events_event_type_id ON events (event_type_id);

CREATE INDEX ix_events_external_customer_id ON events (external_customer_id);

CREATE INDEX ix_events_external_customer_id_pattern ON events (external_customer_id text_pattern_ops);

CREATE INDEX ix_events_ingested_at ON events (ingested_at);

CREATE INDEX ix_events_member_id ON events (member_id);

CREATE INDEX ix_events_name ON events (name);

CREATE INDEX ix_events_org_pending_parent ON events (organization_id, pending_parent_external_id) WHERE pending_parent_external_id IS NOT NULL;

CREATE INDEX ix_events_org_source_name_customer_id_ingested_at ON events (organization_id, source, name, customer_id, ingested_at DESC) WHERE customer_id IS NOT NULL;

CREATE INDEX ix_events_org_source_name_external_customer_id_ingested_at ON events (organization_id, source, name, external_customer_id, ingested_at DESC) WHERE external_customer_id IS NOT NULL;

CREATE INDEX ix_events_org_timestamp_id ON events (organization_id, timestamp DESC, id);

CREATE INDEX ix_events_organization_customer_id_ingested_at_desc ON events (organization_id, customer_id, ingested_at DESC);

CREATE INDEX ix_events_organization_external_id_ingested_at_desc ON events (organization_id, external_customer_id, ingested_at DESC);

CREATE INDEX ix_events_organization_id ON events (organization_id);

CREATE UNIQUE INDEX ix_events_organization_id_external_id ON events (organization_id, external_id);

CREATE INDEX ix_events_organization_id_source_id ON events (organization_id, source, id);

CREATE INDEX ix_events_parent_id ON events (parent_id);

CREATE INDEX ix_events_root_id ON events (root_id);

CREATE INDEX ix_events_source ON events (source);

CREATE INDEX ix_events_timestamp ON events (timestamp);

CREATE TABLE meters (
    name VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    custom_label VARCHAR,
    custom_multiplier BIGINT,
    filter JSONB NOT NULL,
    aggregation JSONB NOT NULL,
    last_billed_event_id UUID,
    archived_at TIMESTAMP WITH TIME ZONE,
    organization_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    user_metadata JSONB NOT NULL,
    CONSTRAINT meters_pkey PRIMARY KEY (id),
    CONSTRAINT meters_last_billed_event_id_fkey FOREIGN KEY(last_billed_event_id) REFERENCES events (id),
    CONSTRAINT meters_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_meters_created_at ON meters (created_at);

CREATE INDEX ix_meters_deleted_at ON meters (deleted_at);

CREATE INDEX ix_meters_last_billed_event_id ON meters (last_billed_event_id);

CREATE INDEX ix_meters_organization_id ON meters (organization_id);

CREATE TABLE product_prices (
    type VARCHAR,
    recurring_interval VARCHAR,
    source VARCHAR NOT NULL,
    amount_type VARCHAR NOT NULL,
    price_currency VARCHAR(3) NOT NULL,
    tax_behavior VARCHAR,
    is_archived BOOLEAN NOT NULL,
    product_id UUID NOT NULL,
    checkout_product_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    price_amount_v2 BIGINT,
    minimum_amount_v2 BIGINT,
    maximum_amount_v2 BIGINT,
    preset_amount_v2 BIGINT,
    unit_amount NUMERIC(17, 12),
    cap_amount_v2 BIGINT,
    meter_id UUID,
    seat_tiers JSONB,
    CONSTRAINT product_prices_pkey PRIMARY KEY (id),
    CONSTRAINT product_prices_meter_id_fkey FOREIGN KEY(meter_id) REFERENCES meters (id),
    CONSTRAINT product_prices_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade
);

CREATE INDEX ix_product_prices_amount_type ON product_prices (amount_type);

CREATE INDEX ix_product_prices_checkout_product_id ON product_prices (checkout_product_id);

CREATE INDEX ix_product_prices_created_at ON product_prices (created_at);

CREATE INDEX ix_product_prices_deleted_at ON product_prices (deleted_at);

CREATE INDEX ix_product_prices_meter_id ON product_prices (meter_id);

CREATE INDEX ix_product_prices_product_id ON product_prices (product_id);

CREATE INDEX ix_product_prices_recurring_interval ON product_prices (recurring_interval);

CREATE INDEX ix_product_prices_source ON product_prices (source);

CREATE INDEX ix_product_prices_type ON product_prices (type);

CREATE TABLE payment_methods (
    processor VARCHAR NOT NULL,
    processor_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    method_metadata JSONB NOT NULL,
    customer_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_methods_pkey PRIMARY KEY (id),
    CONSTRAINT payment_methods_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT payment_methods_processor_processor_id_customer_id_key UNIQUE (processor, processor_id, customer_id)
);

CREATE INDEX ix_payment_methods_created_at ON payment_methods (created_at);

CREATE INDEX ix_payment_methods_customer_id ON payment_methods (customer_id);

CREATE INDEX ix_payment_methods_deleted_at ON payment_methods (deleted_at);

CREATE INDEX ix_payment_methods_processor ON payment_methods (processor);

CREATE INDEX ix_payment_methods_processor_id ON payment_methods (processor_id);

CREATE INDEX ix_payment_methods_type ON payment_methods (type);

CREATE TABLE subscriptions (
    amount_v2 BIGINT NOT NULL,
    net_amount_v2 BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    recurring_interval VARCHAR NOT NULL,
    recurring_interval_count INTEGER NOT NULL,
    legacy_stripe_subscription_id VARCHAR,
    tax_behavior VARCHAR,
    tax_exempted BOOLEAN NOT NULL,
    status VARCHAR NOT NULL,
    anchor_day SMALLINT NOT NULL,
    current_period_start TIMESTAMP WITH TIME ZONE NOT NULL,
    current_period_end TIMESTAMP WITH TIME ZONE NOT NULL,
    trial_start TIMESTAMP WITH TIME ZONE,
    trial_end TIMESTAMP WITH TIME ZONE,
    cancel_at_period_end BOOLEAN NOT NULL,
    canceled_at TIMESTAMP WITH TIME ZONE,
    started_at TIMESTAMP WITH TIME ZONE,
    ends_at TIMESTAMP WITH TIME ZONE,
    ended_at TIMESTAMP WITH TIME ZONE,
    past_due_at TIMESTAMP WITH TIME ZONE,
    scheduler_locked_at TIMESTAMP WITH TIME ZONE,
    customer_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    payment_method_id UUID,
    product_id UUID NOT NULL,
    discount_id UUID,
    discount_applied_at TIMESTAMP WITH TIME ZONE,
    checkout_id UUID,
    customer_cancellation_reason VARCHAR,
    customer_cancellation_comment TEXT,
    seats INTEGER,
    custom_field_data JSONB NOT NULL,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT subscriptions_pkey PRIMARY KEY (id),
    CONSTRAINT subscriptions_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT subscriptions_discount_id_fkey FOREIGN KEY(discount_id) REFERENCES discounts (id) ON DELETE set null,
    CONSTRAINT subscriptions_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE restrict,
    CONSTRAINT subscriptions_payment_method_id_fkey FOREIGN KEY(payment_method_id) REFERENCES payment_methods (id) ON DELETE set null,
    CONSTRAINT subscriptions_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade
);

CREATE INDEX ix_subscriptions_canceled_at ON subscriptions (canceled_at);

CREATE INDEX ix_subscriptions_checkout_id ON subscriptions (checkout_id);

CREATE INDEX ix_subscriptions_created_at ON subscriptions (created_at);

CREATE INDEX ix_subscriptions_customer_id_status ON subscriptions (customer_id, status);

CREATE INDEX ix_subscriptions_deleted_at ON subscriptions (deleted_at);

CREATE INDEX ix_subscriptions_discount_id ON subscriptions (discount_id);

CREATE INDEX ix_subscriptions_ended_at ON subscriptions (ended_at);

CREATE INDEX ix_subscriptions_ends_at ON subscriptions (ends_at);

CREATE INDEX ix_subscriptions_legacy_stripe_subscription_id ON subscriptions (legacy_stripe_subscription_id);

CREATE INDEX ix_subscriptions_organization_id ON subscriptions (organization_id);

CREATE INDEX ix_subscriptions_payment_method_id ON subscriptions (payment_method_id);

CREATE INDEX ix_subscriptions_product_id ON subscriptions (product_id);

CREATE INDEX ix_subscriptions_recurring_interval ON subscriptions (recurring_interval);

CREATE INDEX ix_subscriptions_scheduler_locked_at ON subscriptions (scheduler_locked_at);

CREATE INDEX ix_subscriptions_started_at ON subscriptions (started_at);

CREATE TABLE checkouts (
    payment_processor VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    client_secret VARCHAR NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    payment_processor_metadata JSONB NOT NULL,
    return_url VARCHAR,
    success_url VARCHAR,
    embed_origin VARCHAR,
    locale VARCHAR,
    analytics_metadata JSONB,
    allow_discount_codes BOOLEAN NOT NULL,
    require_billing_address BOOLEAN NOT NULL,
    amount_v2 BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    seats INTEGER,
    min_seats INTEGER,
    max_seats INTEGER,
    net_amount_v2 BIGINT NOT NULL,
    tax_amount_v2 BIGINT,
    tax_processor VARCHAR,
    tax_breakdown JSONB,
    tax_behavior VARCHAR,
    tax_processor_id VARCHAR,
    allow_trial BOOLEAN,
    trial_end TIMESTAMP WITH TIME ZONE,
    organization_id UUID NOT NULL,
    product_id UUID,
    product_price_id UUID,
    discount_id UUID,
    customer_id UUID,
    is_business_customer BOOLEAN NOT NULL,
    external_customer_id VARCHAR,
    customer_name VARCHAR,
    customer_email VARCHAR,
    customer_ip_address VARCHAR,
    customer_billing_name VARCHAR,
    customer_billing_address JSONB,
    customer_tax_id JSONB,
    customer_metadata JSONB NOT NULL,
    subscription_id UUID,
    trial_interval VARCHAR,
    trial_interval_count INTEGER,
    custom_field_data JSONB NOT NULL,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT checkouts_pkey PRIMARY KEY (id),
    CONSTRAINT checkouts_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE set null,
    CONSTRAINT checkouts_discount_id_fkey FOREIGN KEY(discount_id) REFERENCES discounts (id) ON DELETE set null,
    CONSTRAINT checkouts_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT checkouts_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade,
    CONSTRAINT checkouts_product_price_id_fkey FOREIGN KEY(product_price_id) REFERENCES product_prices (id) ON DELETE cascade,
    CONSTRAINT checkouts_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id) ON DELETE set null
);

CREATE UNIQUE INDEX ix_checkouts_client_secret ON checkouts (client_secret);

CREATE INDEX ix_checkouts_created_at ON checkouts (created_at);

CREATE INDEX ix_checkouts_deleted_at ON checkouts (deleted_at);

CREATE INDEX ix_checkouts_expires_at ON checkouts (expires_at);

CREATE INDEX ix_checkouts_organization_id ON checkouts (organization_id);

CREATE INDEX ix_checkouts_payment_processor ON checkouts (payment_processor);

CREATE INDEX ix_checkouts_status ON checkouts (status);

CREATE INDEX ix_checkouts_subscription_id ON checkouts (subscription_id);

ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_checkout_id_fkey FOREIGN KEY(checkout_id) REFERENCES checkouts (id) ON DELETE set null;

CREATE TABLE checkout_products (
    checkout_id UUID NOT NULL,
    product_id UUID NOT NULL,
    "order" INTEGER NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT checkout_products_pkey PRIMARY KEY (id),
    CONSTRAINT checkout_products_checkout_id_fkey FOREIGN KEY(checkout_id) REFERENCES checkouts (id) ON DELETE cascade,
    CONSTRAINT checkout_products_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade,
    CONSTRAINT checkout_products_checkout_id_order_key UNIQUE (checkout_id, "order"),
    CONSTRAINT checkout_products_checkout_id_product_id_key UNIQUE (checkout_id, product_id)
);

CREATE INDEX ix_checkout_products_created_at ON checkout_products (created_at);

CREATE INDEX ix_checkout_products_deleted_at ON checkout_products (deleted_at);

ALTER TABLE product_prices ADD CONSTRAINT product_prices_checkout_product_id_fkey FOREIGN KEY(checkout_product_id) REFERENCES checkout_products (id) ON DELETE set null;

CREATE TABLE email_logs (
    organization_id UUID,
    status VARCHAR NOT NULL,
    processor VARCHAR NOT NULL,
    processor_id VARCHAR,
    to_email_addr VARCHAR NOT NULL,
    from_email_addr VARCHAR NOT NULL,
    from_name VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    email_template VARCHAR,
    email_props JSONB NOT NULL,
    error VARCHAR,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT email_logs_pkey PRIMARY KEY (id)
);

CREATE INDEX ix_email_logs_created_at ON email_logs (created_at);

CREATE INDEX ix_email_logs_deleted_at ON email_logs (deleted_at);

CREATE INDEX ix_email_logs_organization_id ON email_logs (organization_id);

CREATE INDEX ix_email_logs_processor_id ON email_logs (processor_id);

CREATE INDEX ix_email_logs_status ON email_logs (status);

CREATE INDEX ix_email_logs_to_email_addr ON email_logs (to_email_addr);

CREATE TABLE external_events (
    source VARCHAR NOT NULL,
    handled_at TIMESTAMP WITH TIME ZONE,
    task_name VARCHAR NOT NULL,
    external_id VARCHAR NOT NULL,
    data JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT external_events_pkey PRIMARY KEY (id),
    CONSTRAINT external_events_source_external_id_key UNIQUE (source, external_id)
);

CREATE INDEX ix_external_events_created_at ON external_events (created_at);

CREATE INDEX ix_external_events_deleted_at ON external_events (deleted_at);

CREATE INDEX ix_external_events_external_id ON external_events (external_id);

CREATE INDEX ix_external_events_handled_at ON external_events (handled_at);

CREATE INDEX ix_external_events_source ON external_events (source);

CREATE INDEX ix_external_events_task_name ON external_events (task_name);

ALTER TABLE customers ADD CONSTRAINT customers_default_payment_method_id_fkey FOREIGN KEY(default_payment_method_id) REFERENCES payment_methods (id) ON DELETE set null;

CREATE TABLE processor_transactions (
    id UUID NOT NULL,
    timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    processor VARCHAR NOT NULL,
    processor_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    currency VARCHAR(3) NOT NULL,
    amount BIGINT NOT NULL,
    fee BIGINT NOT NULL,
    description TEXT,
    raw JSONB NOT NULL,
    CONSTRAINT processor_transactions_pkey PRIMARY KEY (id)
);

CREATE INDEX ix_processor_transactions_processor ON processor_transactions (processor);

CREATE UNIQUE INDEX ix_processor_transactions_processor_id ON processor_transactions (processor_id);

CREATE INDEX ix_processor_transactions_timestamp ON processor_transactions (timestamp);

CREATE INDEX ix_processor_transactions_type ON processor_transactions (type);

CREATE TABLE customer_session_codes (
    code CHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    email VARCHAR(320) NOT NULL,
    customer_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT customer_session_codes_pkey PRIMARY KEY (id),
    CONSTRAINT customer_session_codes_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT customer_session_codes_code_key UNIQUE (code)
);

CREATE INDEX ix_customer_session_codes_created_at ON customer_session_codes (created_at);

CREATE INDEX ix_customer_session_codes_customer_id ON customer_session_codes (customer_id);

CREATE INDEX ix_customer_session_codes_deleted_at ON customer_session_codes (deleted_at);

CREATE INDEX ix_customer_session_codes_expires_at ON customer_session_codes (expires_at);

CREATE TABLE customer_sessions (
    token CHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    return_url VARCHAR,
    customer_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT customer_sessions_pkey PRIMARY KEY (id),
    CONSTRAINT customer_sessions_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT customer_sessions_token_key UNIQUE (token)
);

CREATE INDEX ix_customer_sessions_created_at ON customer_sessions (created_at);

CREATE INDEX ix_customer_sessions_customer_id ON customer_sessions (customer_id);

CREATE INDEX ix_customer_sessions_deleted_at ON customer_sessions (deleted_at);

CREATE INDEX ix_customer_sessions_expires_at ON customer_sessions (expires_at);

CREATE TABLE subscription_product_prices (
    subscription_id UUID NOT NULL,
    product_price_id UUID NOT NULL,
    amount_v2 BIGINT NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT subscription_product_prices_pkey PRIMARY KEY (subscription_id, product_price_id, id),
    CONSTRAINT subscription_product_prices_product_price_id_fkey FOREIGN KEY(product_price_id) REFERENCES product_prices (id) ON DELETE restrict,
    CONSTRAINT subscription_product_prices_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id) ON DELETE cascade
);

CREATE INDEX ix_subscription_product_prices_created_at ON subscription_product_prices (created_at);

CREATE INDEX ix_subscription_product_prices_deleted_at ON subscription_product_prices (deleted_at);

CREATE TABLE wallets (
    type VARCHAR NOT NULL,
    currency VARCHAR(3) NOT NULL,
    customer_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT wallets_pkey PRIMARY KEY (id),
    CONSTRAINT wallets_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT wallets_type_currency_customer_id_key UNIQUE (type, currency, customer_id)
);

CREATE INDEX ix_wallets_created_at ON wallets (created_at);

CREATE INDEX ix_wallets_customer_id ON wallets (customer_id);

CREATE INDEX ix_wallets_deleted_at ON wallets (deleted_at);

CREATE TABLE account_credits (
    account_id UUID NOT NULL,
    campaign_id UUID,
    title VARCHAR NOT NULL,
    amount BIGINT NOT NULL,
    used BIGINT NOT NULL,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    notes TEXT,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_credits_pkey PRIMARY KEY (id),
    CONSTRAINT account_credits_account_id_fkey FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE cascade,
    CONSTRAINT account_credits_campaign_id_fkey FOREIGN KEY(campaign_id) REFERENCES campaigns (id) ON DELETE set null
);

CREATE INDEX ix_account_credits_active ON account_credits (account_id, expires_at, revoked_at, deleted_at);

CREATE INDEX ix_account_credits_campaign_id ON account_credits (campaign_id);

CREATE INDEX ix_account_credits_created_at ON account_credits (created_at);

CREATE INDEX ix_account_credits_deleted_at ON account_credits (deleted_at);

CREATE TABLE authentication_sessions (
    token_hash CHAR(64) NOT NULL,
    expires_at BIGINT NOT NULL,
    step SMALLINT NOT NULL,
    authentication_method_references JSONB NOT NULL,
    used_factors JSONB NOT NULL,
    context JSONB,
    identity_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT authentication_sessions_pkey PRIMARY KEY (id),
    CONSTRAINT authentication_sessions_identity_id_fkey FOREIGN KEY(identity_id) REFERENCES users (id) ON DELETE cascade,
    CONSTRAINT authentication_sessions_token_hash_key UNIQUE (token_hash)
);

CREATE INDEX ix_authentication_sessions_created_at ON authentication_sessions (created_at);

CREATE INDEX ix_authentication_sessions_deleted_at ON authentication_sessions (deleted_at);

CREATE INDEX ix_authentication_sessions_identity_id ON authentication_sessions (identity_id);

CREATE TABLE backup_codes_enrollments (
    codes_hashes JSONB NOT NULL,
    used_codes_hashes JSONB NOT NULL,
    identity_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT backup_codes_enrollments_pkey PRIMARY KEY (id),
    CONSTRAINT backup_codes_enrollments_identity_id_fkey FOREIGN KEY(identity_id) REFERENCES users (id) ON DELETE cascade,
    CONSTRAINT backup_codes_enrollments_identity_id_key UNIQUE (identity_id)
);

CREATE INDEX ix_backup_codes_enrollments_created_at ON backup_codes_enrollments (created_at);

CREATE INDEX ix_backup_codes_enrollments_deleted_at ON backup_codes_enrollments (deleted_at);

CREATE TABLE email_verification (
    email VARCHAR NOT NULL,
    token_hash VARCHAR NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT email_verification_pkey PRIMARY KEY (id),
    CONSTRAINT email_verification_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_email_verification_created_at ON email_verification (created_at);

CREATE INDEX ix_email_verification_deleted_at ON email_verification (deleted_at);

CREATE INDEX ix_email_verification_token_hash ON email_verification (token_hash);

CREATE TABLE notification_recipients (
    user_id UUID NOT NULL,
    platform VARCHAR NOT NULL,
    expo_push_token VARCHAR NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_recipients_pkey PRIMARY KEY (id),
    CONSTRAINT notification_recipients_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_notification_recipients_created_at ON notification_recipients (created_at);

CREATE INDEX ix_notification_recipients_deleted_at ON notification_recipients (deleted_at);

CREATE UNIQUE INDEX ix_notification_recipients_expo_push_token ON notification_recipients (user_id, expo_push_token, deleted_at) NULLS NOT DISTINCT;

CREATE TABLE notifications (
    user_id UUID NOT NULL,
    type VARCHAR NOT NULL,
    payload JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_pkey PRIMARY KEY (id),
    CONSTRAINT notifications_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_notifications_created_at ON notifications (created_at);

CREATE INDEX ix_notifications_deleted_at ON notifications (deleted_at);

CREATE INDEX ix_notifications_user_id ON notifications (user_id);

CREATE TABLE oauth2_clients (
    client_id VARCHAR(52) NOT NULL,
    client_secret VARCHAR(52) NOT NULL,
    registration_access_token VARCHAR NOT NULL,
    first_party BOOLEAN NOT NULL,
    user_id UUID,
    rate_limit_group VARCHAR(16) NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    client_id_issued_at INTEGER NOT NULL,
    client_secret_expires_at INTEGER NOT NULL,
    client_metadata TEXT,
    CONSTRAINT oauth2_clients_pkey PRIMARY KEY (id),
    CONSTRAINT oauth2_clients_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT oauth2_clients_client_id_key UNIQUE (client_id)
);

CREATE INDEX ix_oauth2_clients_created_at ON oauth2_clients (created_at);

CREATE INDEX ix_oauth2_clients_deleted_at ON oauth2_clients (deleted_at);

CREATE INDEX ix_oauth2_clients_registration_access_token ON oauth2_clients (registration_access_token);

CREATE INDEX ix_oauth2_clients_user_id ON oauth2_clients (user_id);

CREATE TABLE oauth2_states (
    state_hash CHAR(64) NOT NULL,
    provider VARCHAR NOT NULL,
    code_verifier VARCHAR,
    nonce VARCHAR,
    redirect_uri VARCHAR NOT NULL,
    scope JSONB NOT NULL,
    expires_at BIGINT NOT NULL,
    context JSONB,
    identity_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT oauth2_states_pkey PRIMARY KEY (id),
    CONSTRAINT oauth2_states_identity_id_fkey FOREIGN KEY(identity_id) REFERENCES users (id) ON DELETE cascade,
    CONSTRAINT oauth2_states_state_hash_key UNIQUE (state_hash)
);

CREATE INDEX ix_oauth2_states_created_at ON oauth2_states (created_at);

CREATE INDEX ix_oauth2_states_deleted_at ON oauth2_states (deleted_at);

CREATE INDEX ix_oauth2_states_identity_id ON oauth2_states (identity_id);

CREATE TABLE oauth_accounts (
    platform VARCHAR(32) NOT NULL,
    access_token VARCHAR(1024) NOT NULL,
    expires_at INTEGER,
    refresh_token VARCHAR(1024),
    refresh_token_expires_at INTEGER,
    account_id VARCHAR(320) NOT NULL,
    account_email VARCHAR(320) NOT NULL,
    account_username VARCHAR(320),
    user_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT oauth_accounts_pkey PRIMARY KEY (id),
    CONSTRAINT oauth_accounts_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade,
    CONSTRAINT oauth_accounts_platform_account_id_key UNIQUE (platform, account_id)
);

CREATE INDEX idx_user_id_platform ON oauth_accounts (user_id, platform);

CREATE INDEX ix_oauth_accounts_created_at ON oauth_accounts (created_at);

CREATE INDEX ix_oauth_accounts_deleted_at ON oauth_accounts (deleted_at);

CREATE TABLE personal_access_tokens (
    token CHAR(64) NOT NULL,
    scope TEXT NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    comment VARCHAR NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    user_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT personal_access_tokens_pkey PRIMARY KEY (id),
    CONSTRAINT personal_access_tokens_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT personal_access_tokens_token_key UNIQUE (token)
);

CREATE INDEX ix_personal_access_tokens_created_at ON personal_access_tokens (created_at);

CREATE INDEX ix_personal_access_tokens_deleted_at ON personal_access_tokens (deleted_at);

CREATE INDEX ix_personal_access_tokens_expires_at ON personal_access_tokens (expires_at);

CREATE TABLE totp_enrollments (
    enabled BOOLEAN NOT NULL,
    secret CHAR(32) NOT NULL,
    algorithm VARCHAR NOT NULL,
    code_length SMALLINT NOT NULL,
    time_step INTEGER NOT NULL,
    last_verified_time_step INTEGER,
    identity_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT totp_enrollments_pkey PRIMARY KEY (id),
    CONSTRAINT totp_enrollments_identity_id_fkey FOREIGN KEY(identity_id) REFERENCES users (id) ON DELETE cascade,
    CONSTRAINT totp_enrollments_identity_id_key UNIQUE (identity_id)
);

CREATE INDEX ix_totp_enrollments_created_at ON totp_enrollments (created_at);

CREATE INDEX ix_totp_enrollments_deleted_at ON totp_enrollments (deleted_at);

CREATE TABLE user_notifications (
    user_id UUID NOT NULL,
    last_read_notification_id UUID,
    CONSTRAINT user_notifications_pkey PRIMARY KEY (user_id),
    CONSTRAINT user_notifications_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE user_sessions (
    token CHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_agent TEXT NOT NULL,
    scopes VARCHAR[] NOT NULL,
    user_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT user_sessions_pkey PRIMARY KEY (id),
    CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade,
    CONSTRAINT user_sessions_token_key UNIQUE (token)
);

CREATE INDEX ix_user_sessions_created_at ON user_sessions (created_at);

CREATE INDEX ix_user_sessions_deleted_at ON user_sessions (deleted_at);

CREATE INDEX ix_user_sessions_expires_at ON user_sessions (expires_at);

CREATE TABLE email_otps (
    code_hash CHAR(64) NOT NULL,
    expires_at BIGINT NOT NULL,
    email VARCHAR(320) NOT NULL,
    identity_id UUID,
    authentication_session_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT email_otps_pkey PRIMARY KEY (id),
    CONSTRAINT email_otps_authentication_session_id_fkey FOREIGN KEY(authentication_session_id) REFERENCES authentication_sessions (id) ON DELETE cascade,
    CONSTRAINT email_otps_identity_id_fkey FOREIGN KEY(identity_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_email_otps_authentication_session_id ON email_otps (authentication_session_id);

CREATE UNIQUE INDEX ix_email_otps_code_hash ON email_otps (code_hash);

CREATE INDEX ix_email_otps_created_at ON email_otps (created_at);

CREATE INDEX ix_email_otps_deleted_at ON email_otps (deleted_at);

CREATE INDEX ix_email_otps_expires_at ON email_otps (expires_at);

CREATE INDEX ix_email_otps_identity_id ON email_otps (identity_id);

CREATE TABLE payouts (
    processor VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    currency VARCHAR(3) NOT NULL,
    amount BIGINT NOT NULL,
    fees_amount BIGINT NOT NULL,
    account_currency VARCHAR(3) NOT NULL,
    account_amount BIGINT NOT NULL,
    account_id UUID NOT NULL,
    payout_account_id UUID NOT NULL,
    invoice_number VARCHAR NOT NULL,
    invoice_path VARCHAR,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payouts_pkey PRIMARY KEY (id),
    CONSTRAINT payouts_account_id_fkey FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE restrict,
    CONSTRAINT payouts_payout_account_id_fkey FOREIGN KEY(payout_account_id) REFERENCES payout_accounts (id) ON DELETE restrict,
    CONSTRAINT payouts_account_id_invoice_number_key UNIQUE (account_id, invoice_number)
);

CREATE INDEX ix_payouts_created_at ON payouts (created_at);

CREATE INDEX ix_payouts_deleted_at ON payouts (deleted_at);

CREATE INDEX ix_payouts_status ON payouts (status);

CREATE TABLE benefits (
    search_vector TSVECTOR,
    type VARCHAR NOT NULL,
    description TEXT NOT NULL,
    is_tax_applicable BOOLEAN NOT NULL,
    selectable BOOLEAN NOT NULL,
    deletable BOOLEAN NOT NULL,
    organization_id UUID NOT NULL,
    properties JSONB NOT NULL,
    visibility VARCHAR NOT NULL,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT benefits_pkey PRIMARY KEY (id),
    CONSTRAINT benefits_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_benefits_created_at ON benefits (created_at);

CREATE INDEX ix_benefits_deleted_at ON benefits (deleted_at);

CREATE INDEX ix_benefits_organization_id ON benefits (organization_id);

CREATE INDEX ix_benefits_search_vector ON benefits USING gin (search_vector);

CREATE INDEX ix_benefits_type ON benefits (type);

CREATE TABLE custom_fields (
    type VARCHAR NOT NULL,
    slug CITEXT NOT NULL,
    name VARCHAR NOT NULL,
    properties JSONB NOT NULL,
    organization_id UUID NOT NULL,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT custom_fields_pkey PRIMARY KEY (id),
    CONSTRAINT custom_fields_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT custom_fields_slug_organization_id_key UNIQUE (slug, organization_id)
);

CREATE INDEX ix_custom_fields_created_at ON custom_fields (created_at);

CREATE INDEX ix_custom_fields_deleted_at ON custom_fields (deleted_at);

CREATE INDEX ix_custom_fields_organization_id ON custom_fields (organization_id);

CREATE INDEX ix_custom_fields_type ON custom_fields (type);

CREATE TABLE customer_email_verifications (
    email VARCHAR(320) NOT NULL,
    token_hash VARCHAR NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    customer_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT customer_email_verifications_pkey PRIMARY KEY (id),
    CONSTRAINT customer_email_verifications_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT customer_email_verifications_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_customer_email_verifications_created_at ON customer_email_verifications (created_at);

CREATE INDEX ix_customer_email_verifications_customer_id ON customer_email_verifications (customer_id);

CREATE INDEX ix_customer_email_verifications_deleted_at ON customer_email_verifications (deleted_at);

CREATE UNIQUE INDEX ix_customer_email_verifications_token_hash ON customer_email_verifications (token_hash);

CREATE TABLE feedbacks (
    type VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    message TEXT NOT NULL,
    client_context JSONB NOT NULL,
    internal_note TEXT,
    support_thread_url VARCHAR(2048),
    user_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT feedbacks_pkey PRIMARY KEY (id),
    CONSTRAINT feedbacks_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT feedbacks_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE restrict
);

CREATE INDEX ix_feedbacks_created_at ON feedbacks (created_at);

CREATE INDEX ix_feedbacks_deleted_at ON feedbacks (deleted_at);

CREATE INDEX ix_feedbacks_organization_id ON feedbacks (organization_id);

CREATE INDEX ix_feedbacks_status_created_at ON feedbacks (status, created_at);

CREATE INDEX ix_feedbacks_user_id_created_at ON feedbacks (user_id, created_at);

CREATE TABLE files (
    organization_id UUID NOT NULL,
    name VARCHAR NOT NULL,
    version VARCHAR,
    path VARCHAR NOT NULL,
    mime_type VARCHAR NOT NULL,
    size BIGINT NOT NULL,
    service VARCHAR NOT NULL,
    last_modified_at TIMESTAMP WITH TIME ZONE,
    storage_version VARCHAR,
    checksum_etag VARCHAR,
    checksum_sha256_base64 VARCHAR,
    checksum_sha256_hex VARCHAR,
    is_uploaded BOOLEAN NOT NULL,
    is_enabled BOOLEAN NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT files_pkey PRIMARY KEY (id),
    CONSTRAINT files_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_files_created_at ON files (created_at);

CREATE INDEX ix_files_deleted_at ON files (deleted_at);

CREATE INDEX ix_files_organization_id ON files (organization_id);

CREATE TABLE issue_rewards (
    issue_reference VARCHAR NOT NULL,
    share_thousands BIGINT NOT NULL,
    github_username VARCHAR,
    organization_id UUID,
    user_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT issue_rewards_pkey PRIMARY KEY (id),
    CONSTRAINT issue_rewards_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id),
    CONSTRAINT issue_rewards_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT issue_rewards_issue_reference_github_username_key UNIQUE (issue_reference, github_username),
    CONSTRAINT issue_rewards_issue_reference_organization_id_key UNIQUE (issue_reference, organization_id),
    CONSTRAINT issue_rewards_issue_reference_user_id_key UNIQUE (issue_reference, user_id)
);

CREATE INDEX ix_issue_rewards_created_at ON issue_rewards (created_at);

CREATE INDEX ix_issue_rewards_deleted_at ON issue_rewards (deleted_at);

CREATE INDEX ix_issue_rewards_issue_reference ON issue_rewards (issue_reference);

CREATE INDEX ix_issue_rewards_organization_id ON issue_rewards (organization_id);

CREATE TABLE members (
    customer_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    email VARCHAR(320) NOT NULL,
    name VARCHAR,
    external_id VARCHAR,
    role VARCHAR NOT NULL,
    oauth_accounts JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT members_pkey PRIMARY KEY (id),
    CONSTRAINT members_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE restrict,
    CONSTRAINT members_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE restrict
);

CREATE INDEX ix_members_created_at ON members (created_at);

CREATE INDEX ix_members_customer_id ON members (customer_id);

CREATE INDEX ix_members_deleted_at ON members (deleted_at);

CREATE INDEX ix_members_organization_id ON members (organization_id);

CREATE UNIQUE INDEX members_customer_id_email_case_insensitive_active_key ON members (customer_id, lower(email)) WHERE deleted_at IS NULL;

CREATE UNIQUE INDEX members_customer_id_external_id_active_key ON members (customer_id, external_id) WHERE deleted_at IS NULL AND external_id IS NOT NULL;

CREATE UNIQUE INDEX members_customer_id_owner_active_key ON members (customer_id) WHERE deleted_at IS NULL AND role = 'owner';

CREATE TABLE metric_dashboards (
    name VARCHAR NOT NULL,
    metrics JSONB NOT NULL,
    organization_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT metric_dashboards_pkey PRIMARY KEY (id),
    CONSTRAINT metric_dashboards_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_metric_dashboards_created_at ON metric_dashboards (created_at);

CREATE INDEX ix_metric_dashboards_deleted_at ON metric_dashboards (deleted_at);

CREATE INDEX ix_metric_dashboards_organization_id ON metric_dashboards (organization_id);

CREATE TABLE oauth2_authorization_codes (
    client_id VARCHAR(52) NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    sub_type VARCHAR NOT NULL,
    user_id UUID,
    organization_id UUID,
    code VARCHAR(120) NOT NULL,
    redirect_uri TEXT,
    response_type TEXT,
    scope TEXT,
    nonce TEXT,
    auth_time INTEGER NOT NULL,
    acr TEXT,
    amr TEXT,
    code_challenge TEXT,
    code_challenge_method VARCHAR(48),
    CONSTRAINT oauth2_authorization_codes_pkey PRIMARY KEY (id),
    CONSTRAINT oauth2_authorization_codes_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT oauth2_authorization_codes_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade,
    CONSTRAINT oauth2_authorization_codes_code_key UNIQUE (code)
);

CREATE INDEX ix_oauth2_authorization_codes_created_at ON oauth2_authorization_codes (created_at);

CREATE INDEX ix_oauth2_authorization_codes_deleted_at ON oauth2_authorization_codes (deleted_at);

CREATE TABLE oauth2_grants (
    client_id VARCHAR(52) NOT NULL,
    scope TEXT NOT NULL,
    user_id UUID,
    organization_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT oauth2_grants_pkey PRIMARY KEY (id),
    CONSTRAINT oauth2_grants_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT oauth2_grants_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade,
    CONSTRAINT oauth2_grants_client_id_organization_id_key UNIQUE (client_id, organization_id),
    CONSTRAINT oauth2_grants_client_id_user_id_key UNIQUE (client_id, user_id)
);

CREATE INDEX ix_oauth2_grants_client_id ON oauth2_grants (client_id);

CREATE INDEX ix_oauth2_grants_created_at ON oauth2_grants (created_at);

CREATE INDEX ix_oauth2_grants_deleted_at ON oauth2_grants (deleted_at);

CREATE INDEX ix_oauth2_grants_organization_id ON oauth2_grants (organization_id);

CREATE INDEX ix_oauth2_grants_user_id ON oauth2_grants (user_id);

CREATE TABLE oauth2_tokens (
    client_id VARCHAR(52) NOT NULL,
    nonce VARCHAR,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    token_type VARCHAR(40),
    access_token VARCHAR(255) NOT NULL,
    refresh_token VARCHAR(255),
    scope TEXT,
    issued_at INTEGER NOT NULL,
    access_token_revoked_at INTEGER NOT NULL,
    refresh_token_revoked_at INTEGER NOT NULL,
    expires_in INTEGER NOT NULL,
    sub_type VARCHAR NOT NULL,
    user_id UUID,
    organization_id UUID,
    CONSTRAINT oauth2_tokens_pkey PRIMARY KEY (id),
    CONSTRAINT oauth2_tokens_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT oauth2_tokens_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE cascade,
    CONSTRAINT oauth2_tokens_access_token_key UNIQUE (access_token)
);

CREATE INDEX ix_oauth2_tokens_created_at ON oauth2_tokens (created_at);

CREATE INDEX ix_oauth2_tokens_deleted_at ON oauth2_tokens (deleted_at);

CREATE INDEX ix_oauth2_tokens_nonce ON oauth2_tokens (nonce);

CREATE INDEX ix_oauth2_tokens_refresh_token ON oauth2_tokens (refresh_token);

CREATE TABLE organization_access_tokens (
    token CHAR(64) NOT NULL,
    scope TEXT NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    comment VARCHAR NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    organization_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organization_access_tokens_pkey PRIMARY KEY (id),
    CONSTRAINT organization_access_tokens_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id),
    CONSTRAINT organization_access_tokens_token_key UNIQUE (token)
);

CREATE INDEX ix_organization_access_tokens_created_at ON organization_access_tokens (created_at);

CREATE INDEX ix_organization_access_tokens_deleted_at ON organization_access_tokens (deleted_at);

CREATE INDEX ix_organization_access_tokens_expires_at ON organization_access_tokens (expires_at);

CREATE INDEX ix_organization_access_tokens_organization_id ON organization_access_tokens (organization_id);

CREATE TABLE organization_agent_reviews (
    organization_id UUID NOT NULL,
    report JSONB NOT NULL,
    model_used VARCHAR NOT NULL,
    reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organization_agent_reviews_pkey PRIMARY KEY (id),
    CONSTRAINT organization_agent_reviews_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_organization_agent_reviews_created_at ON organization_agent_reviews (created_at);

CREATE INDEX ix_organization_agent_reviews_deleted_at ON organization_agent_reviews (deleted_at);

CREATE INDEX ix_organization_agent_reviews_organization_id ON organization_agent_reviews (organization_id);

CREATE TABLE organization_reviews (
    organization_id UUID NOT NULL,
    verdict VARCHAR NOT NULL,
    risk_score FLOAT NOT NULL,
    violated_sections JSONB NOT NULL,
    reason TEXT NOT NULL,
    timed_out BOOLEAN NOT NULL,
    model_used VARCHAR NOT NULL,
    organization_details_snapshot JSONB NOT NULL,
    validated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    appeal_submitted_at TIMESTAMP WITH TIME ZONE,
    appeal_reason TEXT,
    appeal_reviewed_at TIMESTAMP WITH TIME ZONE,
    appeal_decision VARCHAR,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organization_reviews_pkey PRIMARY KEY (id),
    CONSTRAINT organization_reviews_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_organization_reviews_created_at ON organization_reviews (created_at);

CREATE INDEX ix_organization_reviews_deleted_at ON organization_reviews (deleted_at);

CREATE UNIQUE INDEX ix_organization_reviews_organization_id ON organization_reviews (organization_id) WHERE deleted_at IS NULL;

CREATE TABLE payout_attempts (
    payout_id UUID NOT NULL,
    processor VARCHAR NOT NULL,
    processor_id VARCHAR,
    status VARCHAR NOT NULL,
    amount BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    failed_reason VARCHAR,
    paid_at TIMESTAMP WITH TIME ZONE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payout_attempts_pkey PRIMARY KEY (id),
    CONSTRAINT payout_attempts_payout_id_fkey FOREIGN KEY(payout_id) REFERENCES payouts (id) ON DELETE cascade
);

CREATE INDEX ix_payout_attempts_created_at ON payout_attempts (created_at);

CREATE INDEX ix_payout_attempts_deleted_at ON payout_attempts (deleted_at);

CREATE INDEX ix_payout_attempts_processor_id ON payout_attempts (processor_id);

CREATE INDEX ix_payout_attempts_status ON payout_attempts (status);

CREATE TABLE pledges (
    issue_reference VARCHAR NOT NULL,
    organization_id UUID,
    payment_id VARCHAR,
    invoice_id VARCHAR,
    invoice_hosted_url VARCHAR,
    transfer_id VARCHAR,
    email VARCHAR,
    amount BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    fee BIGINT NOT NULL,
    amount_received BIGINT,
    state VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    scheduled_payout_at TIMESTAMP WITH TIME ZONE,
    dispute_reason VARCHAR,
    disputed_by_user_id UUID,
    disputed_at TIMESTAMP WITH TIME ZONE,
    refunded_at TIMESTAMP WITH TIME ZONE,
    by_user_id UUID,
    by_organization_id UUID,
    on_behalf_of_organization_id UUID,
    created_by_user_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pledges_pkey PRIMARY KEY (id),
    CONSTRAINT pledges_by_organization_id_fkey FOREIGN KEY(by_organization_id) REFERENCES organizations (id),
    CONSTRAINT pledges_by_user_id_fkey FOREIGN KEY(by_user_id) REFERENCES users (id),
    CONSTRAINT pledges_created_by_user_id_fkey FOREIGN KEY(created_by_user_id) REFERENCES users (id),
    CONSTRAINT pledges_disputed_by_user_id_fkey FOREIGN KEY(disputed_by_user_id) REFERENCES users (id),
    CONSTRAINT pledges_on_behalf_of_organization_id_fkey FOREIGN KEY(on_behalf_of_organization_id) REFERENCES organizations (id),
    CONSTRAINT pledges_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id)
);

CREATE INDEX ix_pledges_by_organization_id ON pledges (by_organization_id);

CREATE INDEX ix_pledges_by_user_id ON pledges (by_user_id);

CREATE INDEX ix_pledges_created_at ON pledges (created_at);

CREATE INDEX ix_pledges_deleted_at ON pledges (deleted_at);

CREATE INDEX ix_pledges_email ON pledges (email);

CREATE INDEX ix_pledges_issue_reference ON pledges (issue_reference);

CREATE INDEX ix_pledges_on_behalf_of_organization_id ON pledges (on_behalf_of_organization_id);

CREATE INDEX ix_pledges_organization_id ON pledges (organization_id);

CREATE INDEX ix_pledges_payment_id ON pledges (payment_id);

CREATE TABLE slack_apps (
    organization_id UUID NOT NULL,
    display_name VARCHAR(35) NOT NULL,
    slack_app_id VARCHAR(32),
    client_id VARCHAR(255),
    client_secret VARCHAR(255),
    signing_secret VARCHAR(255),
    team_id VARCHAR(32),
    team_name VARCHAR(255),
    bot_user_id VARCHAR(32),
    bot_token VARCHAR(255),
    authed_user_id VARCHAR(32),
    scopes VARCHAR[],
    installed_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT slack_apps_pkey PRIMARY KEY (id),
    CONSTRAINT slack_apps_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT slack_apps_slack_app_id_key UNIQUE (slack_app_id)
);

CREATE INDEX ix_slack_apps_created_at ON slack_apps (created_at);

CREATE INDEX ix_slack_apps_deleted_at ON slack_apps (deleted_at);

CREATE INDEX ix_slack_apps_organization_id ON slack_apps (organization_id);

CREATE INDEX ix_slack_apps_team_id ON slack_apps (team_id);

CREATE TABLE user_organizations (
    user_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    role VARCHAR NOT NULL,
    notification_settings JSONB NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT user_organizations_pkey PRIMARY KEY (user_id, organization_id),
    CONSTRAINT user_organizations_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE CASCADE,
    CONSTRAINT user_organizations_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE INDEX ix_user_organizations_created_at ON user_organizations (created_at);

CREATE INDEX ix_user_organizations_deleted_at ON user_organizations (deleted_at);

CREATE UNIQUE INDEX ix_user_organizations_owner_per_org ON user_organizations (organization_id) WHERE role = 'owner' AND deleted_at IS NULL;

CREATE TABLE webhook_endpoints (
    url VARCHAR NOT NULL,
    name VARCHAR,
    format VARCHAR NOT NULL,
    secret VARCHAR NOT NULL,
    events JSONB NOT NULL,
    enabled BOOLEAN NOT NULL,
    organization_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_endpoints_pkey PRIMARY KEY (id),
    CONSTRAINT webhook_endpoints_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE INDEX ix_webhook_endpoints_created_at ON webhook_endpoints (created_at);

CREATE INDEX ix_webhook_endpoints_deleted_at ON webhook_endpoints (deleted_at);

CREATE INDEX ix_webhook_endpoints_organization_id ON webhook_endpoints (organization_id);

CREATE TABLE checkout_links (
    payment_processor VARCHAR NOT NULL,
    client_secret VARCHAR NOT NULL,
    success_url VARCHAR,
    return_url VARCHAR,
    label VARCHAR,
    allow_discount_codes BOOLEAN NOT NULL,
    require_billing_address BOOLEAN NOT NULL,
    seats INTEGER,
    discount_id UUID,
    organization_id UUID NOT NULL,
    trial_interval VARCHAR,
    trial_interval_count INTEGER,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT checkout_links_pkey PRIMARY KEY (id),
    CONSTRAINT checkout_links_discount_id_fkey FOREIGN KEY(discount_id) REFERENCES discounts (id) ON DELETE set null,
    CONSTRAINT checkout_links_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE UNIQUE INDEX ix_checkout_links_client_secret ON checkout_links (client_secret);

CREATE INDEX ix_checkout_links_created_at ON checkout_links (created_at);

CREATE INDEX ix_checkout_links_deleted_at ON checkout_links (deleted_at);

CREATE INDEX ix_checkout_links_organization_id ON checkout_links (organization_id);

CREATE INDEX ix_checkout_links_payment_processor ON checkout_links (payment_processor);

CREATE TABLE discount_products (
    discount_id UUID NOT NULL,
    product_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT discount_products_pkey PRIMARY KEY (discount_id, product_id, id),
    CONSTRAINT discount_products_discount_id_fkey FOREIGN KEY(discount_id) REFERENCES discounts (id) ON DELETE cascade,
    CONSTRAINT discount_products_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade
);

CREATE INDEX ix_discount_products_created_at ON discount_products (created_at);

CREATE INDEX ix_discount_products_deleted_at ON discount_products (deleted_at);

CREATE TABLE discount_redemptions (
    discount_id UUID NOT NULL,
    checkout_id UUID,
    subscription_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT discount_redemptions_pkey PRIMARY KEY (id),
    CONSTRAINT discount_redemptions_checkout_id_fkey FOREIGN KEY(checkout_id) REFERENCES checkouts (id) ON DELETE cascade,
    CONSTRAINT discount_redemptions_discount_id_fkey FOREIGN KEY(discount_id) REFERENCES discounts (id) ON DELETE cascade,
    CONSTRAINT discount_redemptions_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id) ON DELETE cascade
);

CREATE INDEX ix_discount_redemptions_checkout_id ON discount_redemptions (checkout_id);

CREATE INDEX ix_discount_redemptions_created_at ON discount_redemptions (created_at);

CREATE INDEX ix_discount_redemptions_deleted_at ON discount_redemptions (deleted_at);

CREATE INDEX ix_discount_redemptions_discount_id ON discount_redemptions (discount_id);

CREATE INDEX ix_discount_redemptions_subscription_id ON discount_redemptions (subscription_id);

CREATE TABLE downloadables (
    file_id UUID NOT NULL,
    status VARCHAR NOT NULL,
    customer_id UUID NOT NULL,
    member_id UUID,
    benefit_id UUID NOT NULL,
    downloaded INTEGER NOT NULL,
    last_downloaded_at TIMESTAMP WITH TIME ZONE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT downloadables_pkey PRIMARY KEY (id),
    CONSTRAINT downloadables_benefit_id_fkey FOREIGN KEY(benefit_id) REFERENCES benefits (id) ON DELETE cascade,
    CONSTRAINT downloadables_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT downloadables_file_id_fkey FOREIGN KEY(file_id) REFERENCES files (id),
    CONSTRAINT downloadables_member_id_fkey FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE cascade,
    CONSTRAINT downloadables_customer_id_file_id_benefit_id_key UNIQUE (customer_id, file_id, benefit_id)
);

CREATE INDEX ix_downloadables_benefit_id ON downloadables (benefit_id);

CREATE INDEX ix_downloadables_created_at ON downloadables (created_at);

CREATE INDEX ix_downloadables_deleted_at ON downloadables (deleted_at);

CREATE INDEX ix_downloadables_file_id ON downloadables (file_id);

CREATE INDEX ix_downloadables_member_id ON downloadables (member_id);

CREATE TABLE license_keys (
    organization_id UUID NOT NULL,
    customer_id UUID NOT NULL,
    member_id UUID,
    benefit_id UUID NOT NULL,
    key VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    limit_activations INTEGER,
    usage INTEGER NOT NULL,
    limit_usage INTEGER,
    validations INTEGER NOT NULL,
    last_validated_at TIMESTAMP WITH TIME ZONE,
    expires_at TIMESTAMP WITH TIME ZONE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT license_keys_pkey PRIMARY KEY (id),
    CONSTRAINT license_keys_benefit_id_fkey FOREIGN KEY(benefit_id) REFERENCES benefits (id) ON DELETE cascade,
    CONSTRAINT license_keys_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT license_keys_member_id_fkey FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE cascade,
    CONSTRAINT license_keys_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT license_keys_organization_id_key_key UNIQUE (organization_id, key)
);

CREATE INDEX ix_license_keys_benefit_id ON license_keys (benefit_id);

CREATE INDEX ix_license_keys_created_at ON license_keys (created_at);

CREATE INDEX ix_license_keys_customer_id ON license_keys (customer_id);

CREATE INDEX ix_license_keys_deleted_at ON license_keys (deleted_at);

CREATE INDEX ix_license_keys_member_id ON license_keys (member_id);

CREATE INDEX ix_license_keys_organization_id ON license_keys (organization_id);

CREATE TABLE member_sessions (
    token CHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    return_url VARCHAR,
    member_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT member_sessions_pkey PRIMARY KEY (id),
    CONSTRAINT member_sessions_member_id_fkey FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE cascade,
    CONSTRAINT member_sessions_token_key UNIQUE (token)
);

CREATE INDEX ix_member_sessions_created_at ON member_sessions (created_at);

CREATE INDEX ix_member_sessions_deleted_at ON member_sessions (deleted_at);

CREATE INDEX ix_member_sessions_expires_at ON member_sessions (expires_at);

CREATE INDEX ix_member_sessions_member_id ON member_sessions (member_id);

CREATE TABLE orders (
    search_vector TSVECTOR,
    status VARCHAR NOT NULL,
    subtotal_amount_v2 BIGINT NOT NULL,
    discount_amount_v2 BIGINT NOT NULL,
    net_amount_v2 BIGINT NOT NULL,
    tax_amount_v2 BIGINT NOT NULL,
    applied_balance_amount_v2 BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    billing_reason VARCHAR NOT NULL,
    refunded_amount_v2 BIGINT NOT NULL,
    refunded_tax_amount_v2 BIGINT NOT NULL,
    platform_fee_amount_v2 BIGINT NOT NULL,
    platform_fee_currency VARCHAR(3),
    billing_name VARCHAR,
    billing_address JSONB,
    stripe_invoice_id VARCHAR,
    tax_behavior VARCHAR,
    tax_id JSONB,
    tax_breakdown JSONB,
    tax_processor VARCHAR,
    tax_calculation_processor_id VARCHAR,
    tax_transaction_processor_id VARCHAR,
    invoice_number VARCHAR,
    invoice_path VARCHAR,
    invoice_checksum VARCHAR,
    receipt_number VARCHAR,
    receipt_path VARCHAR,
    next_payment_attempt_at TIMESTAMP WITH TIME ZONE,
    payment_lock_acquired_at TIMESTAMP WITH TIME ZONE,
    refunds_blocked_at TIMESTAMP WITH TIME ZONE,
    customer_id UUID NOT NULL,
    organization_id UUID NOT NULL,
    product_id UUID,
    discount_id UUID,
    subscription_id UUID,
    checkout_id UUID,
    seats INTEGER,
    custom_field_data JSONB NOT NULL,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_checkout_id_fkey FOREIGN KEY(checkout_id) REFERENCES checkouts (id) ON DELETE set null,
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id),
    CONSTRAINT orders_discount_id_fkey FOREIGN KEY(discount_id) REFERENCES discounts (id) ON DELETE set null,
    CONSTRAINT orders_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE restrict,
    CONSTRAINT orders_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id),
    CONSTRAINT orders_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id),
    CONSTRAINT orders_invoice_number_key UNIQUE (invoice_number),
    CONSTRAINT orders_stripe_invoice_id_key UNIQUE (stripe_invoice_id)
);

CREATE INDEX ix_orders_billing_reason ON orders (billing_reason);

CREATE INDEX ix_orders_checkout_id ON orders (checkout_id);

CREATE INDEX ix_orders_created_at ON orders (created_at);

CREATE INDEX ix_orders_customer_id ON orders (customer_id);

CREATE UNIQUE INDEX ix_orders_customer_id_receipt_number ON orders (customer_id, receipt_number) WHERE receipt_number IS NOT NULL;

CREATE INDEX ix_orders_deleted_at ON orders (deleted_at);

CREATE INDEX ix_orders_discount_id ON orders (discount_id);

CREATE INDEX ix_orders_next_payment_attempt_at ON orders (next_payment_attempt_at);

CREATE INDEX ix_orders_organization_id ON orders (organization_id);

CREATE INDEX ix_orders_product_id ON orders (product_id);

CREATE INDEX ix_orders_search_vector ON orders USING gin (search_vector);

CREATE INDEX ix_orders_status ON orders (status);

CREATE INDEX ix_orders_subscription_id ON orders (subscription_id);

CREATE INDEX ix_total_amount ON orders ((net_amount_v2 + tax_amount_v2));

CREATE TABLE organization_review_feedback (
    agent_review_id UUID,
    reviewer_id UUID,
    organization_id UUID,
    actor_type VARCHAR,
    decision VARCHAR,
    verdict VARCHAR,
    risk_score FLOAT,
    review_context VARCHAR,
    reason TEXT,
    is_current BOOLEAN DEFAULT 'false',
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organization_review_feedback_pkey PRIMARY KEY (id),
    CONSTRAINT organization_review_feedback_agent_review_id_fkey FOREIGN KEY(agent_review_id) REFERENCES organization_agent_reviews (id) ON DELETE cascade,
    CONSTRAINT organization_review_feedback_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT organization_review_feedback_reviewer_id_fkey FOREIGN KEY(reviewer_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_organization_review_feedback_agent_review_id ON organization_review_feedback (agent_review_id);

CREATE INDEX ix_organization_review_feedback_created_at ON organization_review_feedback (created_at);

CREATE INDEX ix_organization_review_feedback_deleted_at ON organization_review_feedback (deleted_at);

CREATE INDEX ix_organization_review_feedback_organization_id ON organization_review_feedback (organization_id);

CREATE INDEX ix_organization_review_feedback_reviewer_id ON organization_review_feedback (reviewer_id);

CREATE UNIQUE INDEX organization_review_feedback_one_current_per_org ON organization_review_feedback (organization_id) WHERE is_current = true AND deleted_at IS NULL;

CREATE TABLE pledge_transactions (
    pledge_id UUID NOT NULL,
    type VARCHAR NOT NULL,
    amount BIGINT NOT NULL,
    transaction_id VARCHAR,
    issue_reward_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pledge_transactions_pkey PRIMARY KEY (id),
    CONSTRAINT pledge_transactions_issue_reward_id_fkey FOREIGN KEY(issue_reward_id) REFERENCES issue_rewards (id),
    CONSTRAINT pledge_transactions_pledge_id_fkey FOREIGN KEY(pledge_id) REFERENCES pledges (id)
);

CREATE INDEX ix_pledge_transactions_created_at ON pledge_transactions (created_at);

CREATE INDEX ix_pledge_transactions_deleted_at ON pledge_transactions (deleted_at);

CREATE TABLE product_benefits (
    product_id UUID NOT NULL,
    benefit_id UUID NOT NULL,
    "order" INTEGER NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT product_benefits_pkey PRIMARY KEY (product_id, benefit_id, id),
    CONSTRAINT product_benefits_benefit_id_fkey FOREIGN KEY(benefit_id) REFERENCES benefits (id) ON DELETE cascade,
    CONSTRAINT product_benefits_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade,
    CONSTRAINT product_benefits_product_id_order_key UNIQUE (product_id, "order")
);

CREATE INDEX ix_product_benefits_created_at ON product_benefits (created_at);

CREATE INDEX ix_product_benefits_deleted_at ON product_benefits (deleted_at);

CREATE INDEX ix_product_benefits_order ON product_benefits ("order");

CREATE TABLE product_custom_fields (
    product_id UUID NOT NULL,
    custom_field_id UUID NOT NULL,
    "order" INTEGER NOT NULL,
    required BOOLEAN NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT product_custom_fields_pkey PRIMARY KEY (product_id, custom_field_id, id),
    CONSTRAINT product_custom_fields_custom_field_id_fkey FOREIGN KEY(custom_field_id) REFERENCES custom_fields (id) ON DELETE cascade,
    CONSTRAINT product_custom_fields_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade,
    CONSTRAINT product_custom_fields_product_id_order_key UNIQUE (product_id, "order")
);

CREATE INDEX ix_product_custom_fields_created_at ON product_custom_fields (created_at);

CREATE INDEX ix_product_custom_fields_deleted_at ON product_custom_fields (deleted_at);

CREATE INDEX ix_product_custom_fields_order ON product_custom_fields ("order");

CREATE TABLE product_medias (
    product_id UUID NOT NULL,
    file_id UUID NOT NULL,
    "order" INTEGER NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT product_medias_pkey PRIMARY KEY (product_id, file_id, id),
    CONSTRAINT product_medias_file_id_fkey FOREIGN KEY(file_id) REFERENCES files (id) ON DELETE cascade,
    CONSTRAINT product_medias_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade,
    CONSTRAINT product_medias_product_id_order_key UNIQUE (product_id, "order")
);

CREATE INDEX ix_product_medias_created_at ON product_medias (created_at);

CREATE INDEX ix_product_medias_deleted_at ON product_medias (deleted_at);

CREATE INDEX ix_product_medias_order ON product_medias ("order");

CREATE TABLE subscription_updates (
    proration_behavior VARCHAR NOT NULL,
    applies_at TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_at TIMESTAMP WITH TIME ZONE,
    subscription_id UUID NOT NULL,
    product_id UUID,
    new_cycle_start TIMESTAMP WITH TIME ZONE,
    new_cycle_end TIMESTAMP WITH TIME ZONE,
    seats INTEGER,
    discount_unset BOOLEAN NOT NULL,
    discount_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT subscription_updates_pkey PRIMARY KEY (id),
    CONSTRAINT subscription_updates_discount_id_fkey FOREIGN KEY(discount_id) REFERENCES discounts (id) ON DELETE set null,
    CONSTRAINT subscription_updates_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade,
    CONSTRAINT subscription_updates_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id) ON DELETE cascade
);

CREATE INDEX ix_subscription_updates_created_at ON subscription_updates (created_at);

CREATE INDEX ix_subscription_updates_deleted_at ON subscription_updates (deleted_at);

CREATE INDEX ix_subscription_updates_subscription_id ON subscription_updates (subscription_id);

CREATE UNIQUE INDEX ix_subscription_updates_subscription_id_pending ON subscription_updates (subscription_id) WHERE applied_at IS NULL AND deleted_at IS NULL;

CREATE TABLE trial_redemptions (
    customer_email VARCHAR NOT NULL,
    payment_method_fingerprint VARCHAR,
    customer_id UUID NOT NULL,
    product_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT trial_redemptions_pkey PRIMARY KEY (id),
    CONSTRAINT trial_redemptions_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT trial_redemptions_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade
);

CREATE INDEX ix_trial_redemptions_created_at ON trial_redemptions (created_at);

CREATE INDEX ix_trial_redemptions_customer_email ON trial_redemptions (customer_email);

CREATE INDEX ix_trial_redemptions_customer_id ON trial_redemptions (customer_id);

CREATE INDEX ix_trial_redemptions_deleted_at ON trial_redemptions (deleted_at);

CREATE INDEX ix_trial_redemptions_payment_method_fingerprint ON trial_redemptions (payment_method_fingerprint);

CREATE INDEX ix_trial_redemptions_product_id ON trial_redemptions (product_id);

CREATE TABLE webhook_events (
    webhook_endpoint_id UUID NOT NULL,
    last_http_code INTEGER,
    succeeded BOOLEAN,
    skipped BOOLEAN DEFAULT 'false' NOT NULL,
    type VARCHAR NOT NULL,
    payload VARCHAR,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_events_pkey PRIMARY KEY (id),
    CONSTRAINT webhook_events_webhook_endpoint_id_fkey FOREIGN KEY(webhook_endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE
);

CREATE INDEX ix_webhook_events_created_at ON webhook_events (created_at);

CREATE INDEX ix_webhook_events_created_at_non_archived ON webhook_events (created_at) WHERE payload IS NOT NULL;

CREATE INDEX ix_webhook_events_deleted_at ON webhook_events (deleted_at);

CREATE INDEX ix_webhook_events_type ON webhook_events (type);

CREATE INDEX ix_webhook_events_webhook_endpoint_id ON webhook_events (webhook_endpoint_id);

CREATE TABLE benefit_grants (
    granted_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    customer_id UUID NOT NULL,
    member_id UUID,
    benefit_id UUID NOT NULL,
    subscription_id UUID,
    order_id UUID,
    properties JSONB NOT NULL,
    error JSONB,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT benefit_grants_pkey PRIMARY KEY (id),
    CONSTRAINT benefit_grants_benefit_id_fkey FOREIGN KEY(benefit_id) REFERENCES benefits (id) ON DELETE cascade,
    CONSTRAINT benefit_grants_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT benefit_grants_member_id_fkey FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE cascade,
    CONSTRAINT benefit_grants_order_id_fkey FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE cascade,
    CONSTRAINT benefit_grants_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id) ON DELETE cascade,
    CONSTRAINT benefit_grants_smb_key UNIQUE (subscription_id, member_id, benefit_id)
);

CREATE INDEX ix_benefit_grants_benefit_id ON benefit_grants (benefit_id);

CREATE INDEX ix_benefit_grants_created_at ON benefit_grants (created_at);

CREATE INDEX ix_benefit_grants_customer_id ON benefit_grants (customer_id);

CREATE INDEX ix_benefit_grants_deleted_at ON benefit_grants (deleted_at);

CREATE INDEX ix_benefit_grants_member_id ON benefit_grants (member_id);

CREATE INDEX ix_benefit_grants_order_id ON benefit_grants (order_id);

CREATE UNIQUE INDEX ix_benefit_grants_scope_unique ON benefit_grants (customer_id, benefit_id, member_id, subscription_id, order_id) NULLS NOT DISTINCT WHERE deleted_at IS NULL;

CREATE TABLE checkout_link_products (
    checkout_link_id UUID NOT NULL,
    product_id UUID NOT NULL,
    "order" INTEGER NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT checkout_link_products_pkey PRIMARY KEY (id),
    CONSTRAINT checkout_link_products_checkout_link_id_fkey FOREIGN KEY(checkout_link_id) REFERENCES checkout_links (id) ON DELETE cascade,
    CONSTRAINT checkout_link_products_product_id_fkey FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE cascade,
    CONSTRAINT checkout_link_products_checkout_link_id_order_key UNIQUE (checkout_link_id, "order"),
    CONSTRAINT checkout_link_products_checkout_link_id_product_id_key UNIQUE (checkout_link_id, product_id)
);

CREATE INDEX ix_checkout_link_products_created_at ON checkout_link_products (created_at);

CREATE INDEX ix_checkout_link_products_deleted_at ON checkout_link_products (deleted_at);

CREATE TABLE customer_seats (
    subscription_id UUID,
    order_id UUID,
    status VARCHAR NOT NULL,
    customer_id UUID,
    member_id UUID,
    email VARCHAR(320),
    invitation_token VARCHAR,
    invitation_token_expires_at TIMESTAMP WITH TIME ZONE,
    claimed_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    metadata JSONB,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT customer_seats_pkey PRIMARY KEY (id),
    CONSTRAINT customer_seats_seat_source_check_check CHECK ((subscription_id IS NOT NULL AND order_id IS NULL) OR (subscription_id IS NULL AND order_id IS NOT NULL)),
    CONSTRAINT customer_seats_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE set null,
    CONSTRAINT customer_seats_member_id_fkey FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE set null,
    CONSTRAINT customer_seats_order_id_fkey FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE cascade,
    CONSTRAINT customer_seats_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id) ON DELETE cascade
);

CREATE INDEX ix_customer_seats_created_at ON customer_seats (created_at);

CREATE INDEX ix_customer_seats_customer_id ON customer_seats (customer_id);

CREATE INDEX ix_customer_seats_deleted_at ON customer_seats (deleted_at);

CREATE INDEX ix_customer_seats_invitation_token ON customer_seats (invitation_token);

CREATE INDEX ix_customer_seats_member_id ON customer_seats (member_id);

CREATE INDEX ix_customer_seats_order_id ON customer_seats (order_id);

CREATE INDEX ix_customer_seats_subscription_id ON customer_seats (subscription_id);

CREATE TABLE license_key_activations (
    license_key_id UUID NOT NULL,
    label VARCHAR NOT NULL,
    conditions JSONB NOT NULL,
    meta JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT license_key_activations_pkey PRIMARY KEY (id),
    CONSTRAINT license_key_activations_license_key_id_fkey FOREIGN KEY(license_key_id) REFERENCES license_keys (id) ON DELETE cascade
);

CREATE INDEX ix_license_key_activations_created_at ON license_key_activations (created_at);

CREATE INDEX ix_license_key_activations_deleted_at ON license_key_activations (deleted_at);

CREATE INDEX ix_license_key_activations_license_key_id ON license_key_activations (license_key_id);

CREATE TABLE order_items (
    label VARCHAR NOT NULL,
    amount_v2 BIGINT NOT NULL,
    net_amount_v2 BIGINT NOT NULL,
    tax_amount_v2 BIGINT NOT NULL,
    proration BOOLEAN NOT NULL,
    order_id UUID NOT NULL,
    product_price_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT order_items_pkey PRIMARY KEY (id),
    CONSTRAINT order_items_order_id_fkey FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE cascade,
    CONSTRAINT order_items_product_price_id_fkey FOREIGN KEY(product_price_id) REFERENCES product_prices (id) ON DELETE restrict
);

CREATE INDEX ix_order_items_created_at ON order_items (created_at);

CREATE INDEX ix_order_items_deleted_at ON order_items (deleted_at);

CREATE INDEX ix_order_items_order_id ON order_items (order_id);

CREATE TABLE payments (
    processor VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    amount_v2 BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    method VARCHAR NOT NULL,
    method_metadata JSONB NOT NULL,
    processor_metadata JSONB NOT NULL,
    customer_email VARCHAR,
    processor_id VARCHAR NOT NULL,
    decline_reason VARCHAR,
    decline_message VARCHAR,
    trigger VARCHAR,
    risk_level VARCHAR,
    risk_score SMALLINT,
    organization_id UUID NOT NULL,
    checkout_id UUID,
    wallet_id UUID,
    order_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payments_pkey PRIMARY KEY (id),
    CONSTRAINT payments_checkout_id_fkey FOREIGN KEY(checkout_id) REFERENCES checkouts (id) ON DELETE set null,
    CONSTRAINT payments_order_id_fkey FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE set null,
    CONSTRAINT payments_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT payments_wallet_id_fkey FOREIGN KEY(wallet_id) REFERENCES wallets (id) ON DELETE set null
);

CREATE INDEX ix_payments_checkout_id ON payments (checkout_id);

CREATE INDEX ix_payments_created_at ON payments (created_at);

CREATE INDEX ix_payments_customer_email ON payments (customer_email);

CREATE INDEX ix_payments_deleted_at ON payments (deleted_at);

CREATE INDEX ix_payments_method ON payments (method);

CREATE INDEX ix_payments_order_id ON payments (order_id);

CREATE INDEX ix_payments_organization_id ON payments (organization_id);

CREATE INDEX ix_payments_processor ON payments (processor);

CREATE UNIQUE INDEX ix_payments_processor_id ON payments (processor_id);

CREATE INDEX ix_payments_status ON payments (status);

CREATE INDEX ix_payments_wallet_id ON payments (wallet_id);

CREATE TABLE webhook_deliveries (
    webhook_endpoint_id UUID NOT NULL,
    webhook_event_id UUID NOT NULL,
    succeeded BOOLEAN NOT NULL,
    http_code INTEGER,
    response TEXT,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (id),
    CONSTRAINT webhook_deliveries_webhook_endpoint_id_fkey FOREIGN KEY(webhook_endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    CONSTRAINT webhook_deliveries_webhook_event_id_fkey FOREIGN KEY(webhook_event_id) REFERENCES webhook_events (id) ON DELETE CASCADE
);

CREATE INDEX ix_webhook_deliveries_created_at ON webhook_deliveries (created_at);

CREATE INDEX ix_webhook_deliveries_deleted_at ON webhook_deliveries (deleted_at);

CREATE INDEX ix_webhook_deliveries_webhook_endpoint_id ON webhook_deliveries (webhook_endpoint_id);

CREATE INDEX ix_webhook_deliveries_webhook_event_id ON webhook_deliveries (webhook_event_id);

CREATE TABLE billing_entry (
    start_timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    end_timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    type VARCHAR NOT NULL,
    direction VARCHAR NOT NULL,
    amount_v2 BIGINT,
    discount_amount_v2 BIGINT,
    currency VARCHAR(3),
    customer_id UUID NOT NULL,
    product_price_id UUID NOT NULL,
    subscription_id UUID,
    discount_id UUID,
    event_id UUID NOT NULL,
    order_item_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT billing_entry_pkey PRIMARY KEY (id),
    CONSTRAINT billing_entry_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT billing_entry_discount_id_fkey FOREIGN KEY(discount_id) REFERENCES discounts (id) ON DELETE restrict,
    CONSTRAINT billing_entry_event_id_fkey FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE cascade,
    CONSTRAINT billing_entry_order_item_id_fkey FOREIGN KEY(order_item_id) REFERENCES order_items (id) ON DELETE cascade,
    CONSTRAINT billing_entry_product_price_id_fkey FOREIGN KEY(product_price_id) REFERENCES product_prices (id) ON DELETE restrict,
    CONSTRAINT billing_entry_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id) ON DELETE cascade
);

CREATE INDEX ix_billing_entries_s_d_oi_pp ON billing_entry (subscription_id, deleted_at, order_item_id, product_price_id);

CREATE INDEX ix_billing_entries_s_oi_pp ON billing_entry (subscription_id, order_item_id, product_price_id);

CREATE INDEX ix_billing_entry_created_at ON billing_entry (created_at);

CREATE INDEX ix_billing_entry_customer_id ON billing_entry (customer_id);

CREATE INDEX ix_billing_entry_deleted_at ON billing_entry (deleted_at);

CREATE INDEX ix_billing_entry_end_timestamp ON billing_entry (end_timestamp);

CREATE INDEX ix_billing_entry_event_id ON billing_entry (event_id);

CREATE INDEX ix_billing_entry_order_item_id ON billing_entry (order_item_id);

CREATE INDEX ix_billing_entry_product_price_id ON billing_entry (product_price_id);

CREATE INDEX ix_billing_entry_start_timestamp ON billing_entry (start_timestamp);

CREATE INDEX ix_billing_entry_subscription_id ON billing_entry (subscription_id);

CREATE INDEX ix_billing_entry_type ON billing_entry (type);

CREATE TABLE customer_meters (
    customer_id UUID NOT NULL,
    meter_id UUID NOT NULL,
    last_balanced_event_id UUID,
    activated_at TIMESTAMP WITH TIME ZONE,
    consumed_units NUMERIC NOT NULL,
    credited_units BIGINT NOT NULL,
    balance NUMERIC NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT customer_meters_pkey PRIMARY KEY (id),
    CONSTRAINT customer_meters_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT customer_meters_last_balanced_event_id_fkey FOREIGN KEY(last_balanced_event_id) REFERENCES events (id),
    CONSTRAINT customer_meters_meter_id_fkey FOREIGN KEY(meter_id) REFERENCES meters (id) ON DELETE cascade,
    CONSTRAINT customer_meters_customer_id_meter_id_key UNIQUE (customer_id, meter_id)
);

CREATE INDEX ix_customer_meters_activated_at ON customer_meters (activated_at);

CREATE INDEX ix_customer_meters_balance ON customer_meters (balance);

CREATE INDEX ix_customer_meters_consumed_units ON customer_meters (consumed_units);

CREATE INDEX ix_customer_meters_created_at ON customer_meters (created_at);

CREATE INDEX ix_customer_meters_credited_units ON customer_meters (credited_units);

CREATE INDEX ix_customer_meters_deleted_at ON customer_meters (deleted_at);

CREATE INDEX ix_customer_meters_last_balanced_event_id ON customer_meters (last_balanced_event_id);

CREATE INDEX ix_customer_meters_meter_id ON customer_meters (meter_id);

CREATE TABLE disputes (
    status VARCHAR NOT NULL,
    amount BIGINT NOT NULL,
    tax_amount BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    payment_processor VARCHAR,
    payment_processor_id VARCHAR,
    dispute_alert_processor VARCHAR,
    dispute_alert_processor_id VARCHAR,
    reason VARCHAR,
    network_reason_code VARCHAR,
    evidence_due_by TIMESTAMP WITH TIME ZONE,
    has_evidence BOOLEAN NOT NULL,
    past_due BOOLEAN NOT NULL,
    submission_count INTEGER NOT NULL,
    order_id UUID NOT NULL,
    payment_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT disputes_pkey PRIMARY KEY (id),
    CONSTRAINT disputes_order_id_fkey FOREIGN KEY(order_id) REFERENCES orders (id),
    CONSTRAINT disputes_payment_id_fkey FOREIGN KEY(payment_id) REFERENCES payments (id),
    CONSTRAINT disputes_dispute_alert_processor_dispute_alert_processor_id_key UNIQUE (dispute_alert_processor, dispute_alert_processor_id),
    CONSTRAINT disputes_payment_processor_payment_processor_id_key UNIQUE (payment_processor, payment_processor_id)
);

CREATE INDEX ix_disputes_created_at ON disputes (created_at);

CREATE INDEX ix_disputes_deleted_at ON disputes (deleted_at);

CREATE INDEX ix_disputes_order_id ON disputes (order_id);

CREATE INDEX ix_disputes_payment_id ON disputes (payment_id);

CREATE TABLE meter_events (
    meter_id UUID NOT NULL,
    event_id UUID NOT NULL,
    customer_id UUID,
    external_customer_id VARCHAR,
    organization_id UUID NOT NULL,
    ingested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meter_events_pkey PRIMARY KEY (meter_id, event_id),
    CONSTRAINT meter_events_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE set null,
    CONSTRAINT meter_events_event_id_fkey FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE cascade,
    CONSTRAINT meter_events_meter_id_fkey FOREIGN KEY(meter_id) REFERENCES meters (id) ON DELETE cascade,
    CONSTRAINT meter_events_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade
);

CREATE INDEX ix_meter_events_event_id ON meter_events (event_id);

CREATE INDEX ix_meter_events_meter_customer_ingested ON meter_events (meter_id, customer_id, ingested_at);

CREATE INDEX ix_meter_events_meter_external_customer_ingested ON meter_events (meter_id, external_customer_id, ingested_at);

CREATE INDEX ix_meter_events_meter_ingested ON meter_events (meter_id, ingested_at, event_id);

CREATE TABLE subscription_meters (
    consumed_units NUMERIC NOT NULL,
    credited_units INTEGER NOT NULL,
    amount BIGINT NOT NULL,
    subscription_id UUID NOT NULL,
    meter_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT subscription_meters_pkey PRIMARY KEY (id),
    CONSTRAINT subscription_meters_meter_id_fkey FOREIGN KEY(meter_id) REFERENCES meters (id) ON DELETE cascade,
    CONSTRAINT subscription_meters_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id) ON DELETE cascade,
    CONSTRAINT subscription_meters_subscription_id_meter_id_key UNIQUE (subscription_id, meter_id)
);

CREATE INDEX ix_subscription_meters_created_at ON subscription_meters (created_at);

CREATE INDEX ix_subscription_meters_deleted_at ON subscription_meters (deleted_at);

CREATE TABLE refunds (
    status VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    amount BIGINT NOT NULL,
    tax_amount BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    comment VARCHAR,
    failure_reason VARCHAR,
    destination_details JSONB NOT NULL,
    payment_id UUID NOT NULL,
    order_id UUID,
    subscription_id UUID,
    organization_id UUID,
    customer_id UUID,
    pledge_id UUID,
    dispute_id UUID,
    revoke_benefits BOOLEAN NOT NULL,
    processor VARCHAR NOT NULL,
    processor_id VARCHAR NOT NULL,
    processor_reason VARCHAR NOT NULL,
    processor_receipt_number VARCHAR,
    processor_balance_transaction_id VARCHAR,
    tax_transaction_processor_id VARCHAR,
    user_metadata JSONB NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT refunds_pkey PRIMARY KEY (id),
    CONSTRAINT refunds_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id),
    CONSTRAINT refunds_dispute_id_fkey FOREIGN KEY(dispute_id) REFERENCES disputes (id),
    CONSTRAINT refunds_order_id_fkey FOREIGN KEY(order_id) REFERENCES orders (id),
    CONSTRAINT refunds_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id),
    CONSTRAINT refunds_payment_id_fkey FOREIGN KEY(payment_id) REFERENCES payments (id),
    CONSTRAINT refunds_pledge_id_fkey FOREIGN KEY(pledge_id) REFERENCES pledges (id),
    CONSTRAINT refunds_subscription_id_fkey FOREIGN KEY(subscription_id) REFERENCES subscriptions (id)
);

CREATE INDEX ix_refunds_created_at ON refunds (created_at);

CREATE INDEX ix_refunds_customer_id ON refunds (customer_id);

CREATE INDEX ix_refunds_deleted_at ON refunds (deleted_at);

CREATE INDEX ix_refunds_dispute_id ON refunds (dispute_id);

CREATE INDEX ix_refunds_order_id ON refunds (order_id);

CREATE INDEX ix_refunds_organization_id ON refunds (organization_id);

CREATE INDEX ix_refunds_payment_id ON refunds (payment_id);

CREATE INDEX ix_refunds_pledge_id ON refunds (pledge_id);

CREATE UNIQUE INDEX ix_refunds_processor_id ON refunds (processor_id);

CREATE INDEX ix_refunds_subscription_id ON refunds (subscription_id);

CREATE TABLE support_cases (
    type VARCHAR(32) NOT NULL,
    assigned_user_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    organization_review_id UUID,
    dispute_id UUID,
    CONSTRAINT support_cases_pkey PRIMARY KEY (id),
    CONSTRAINT support_cases_dispute_matches_type_check CHECK ((type = 'dispute') = (dispute_id IS NOT NULL)),
    CONSTRAINT support_cases_organization_review_matches_type_check CHECK ((type = 'review_appeal') = (organization_review_id IS NOT NULL)),
    CONSTRAINT support_cases_assigned_user_id_fkey FOREIGN KEY(assigned_user_id) REFERENCES users (id) ON DELETE set null,
    CONSTRAINT support_cases_dispute_id_fkey FOREIGN KEY(dispute_id) REFERENCES disputes (id) ON DELETE restrict,
    CONSTRAINT support_cases_organization_review_id_fkey FOREIGN KEY(organization_review_id) REFERENCES organization_reviews (id) ON DELETE restrict
);

CREATE INDEX ix_support_cases_assigned_user_id ON support_cases (assigned_user_id);

CREATE INDEX ix_support_cases_created_at ON support_cases (created_at);

CREATE INDEX ix_support_cases_deleted_at ON support_cases (deleted_at);

CREATE UNIQUE INDEX ix_support_cases_dispute_dispute_id ON support_cases (dispute_id) WHERE dispute_id IS NOT NULL AND deleted_at IS NULL;

CREATE UNIQUE INDEX ix_support_cases_review_appeal_organization_review_id ON support_cases (organization_review_id) WHERE organization_review_id IS NOT NULL AND deleted_at IS NULL;

CREATE INDEX ix_support_cases_type ON support_cases (type);

CREATE TABLE support_case_messages (
    case_id UUID NOT NULL,
    type VARCHAR(64) NOT NULL,
    author_kind VARCHAR(16) NOT NULL,
    author_user_id UUID,
    body TEXT,
    audience VARCHAR(16)[] NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT support_case_messages_pkey PRIMARY KEY (id),
    CONSTRAINT support_case_messages_author_user_id_fkey FOREIGN KEY(author_user_id) REFERENCES users (id),
    CONSTRAINT support_case_messages_case_id_fkey FOREIGN KEY(case_id) REFERENCES support_cases (id) ON DELETE cascade,
    CONSTRAINT support_case_messages_case_id_id_key UNIQUE (case_id, id)
);

CREATE INDEX ix_support_case_messages_case_id ON support_case_messages (case_id);

CREATE INDEX ix_support_case_messages_created_at ON support_case_messages (created_at);

CREATE INDEX ix_support_case_messages_deleted_at ON support_case_messages (deleted_at);

CREATE INDEX ix_support_case_messages_type ON support_case_messages (type);

CREATE TABLE support_case_participants (
    case_id UUID NOT NULL,
    kind VARCHAR(16) NOT NULL,
    organization_id UUID,
    platform_user_id UUID,
    customer_id UUID,
    last_read_at TIMESTAMP WITH TIME ZONE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT support_case_participants_pkey PRIMARY KEY (id),
    CONSTRAINT support_case_participants_subject_matches_kind_check CHECK ((kind = 'platform' AND platform_user_id IS NOT NULL AND organization_id IS NULL AND customer_id IS NULL) OR (kind = 'merchant' AND organization_id IS NOT NULL AND platform_user_id IS NULL AND customer_id IS NULL) OR (kind = 'customer' AND customer_id IS NOT NULL AND platform_user_id IS NULL AND organization_id IS NULL)),
    CONSTRAINT support_case_participants_case_id_fkey FOREIGN KEY(case_id) REFERENCES support_cases (id) ON DELETE cascade,
    CONSTRAINT support_case_participants_customer_id_fkey FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE cascade,
    CONSTRAINT support_case_participants_organization_id_fkey FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
    CONSTRAINT support_case_participants_platform_user_id_fkey FOREIGN KEY(platform_user_id) REFERENCES users (id) ON DELETE cascade
);

CREATE INDEX ix_support_case_participants_case_id ON support_case_participants (case_id);

CREATE INDEX ix_support_case_participants_created_at ON support_case_participants (created_at);

CREATE INDEX ix_support_case_participants_deleted_at ON support_case_participants (deleted_at);

CREATE UNIQUE INDEX ix_support_case_participants_unique_customer ON support_case_participants (case_id, customer_id) WHERE customer_id IS NOT NULL AND deleted_at IS NULL;

CREATE UNIQUE INDEX ix_support_case_participants_unique_organization ON support_case_participants (case_id, organization_id) WHERE organization_id IS NOT NULL AND deleted_at IS NULL;

CREATE UNIQUE INDEX ix_support_case_participants_unique_platform_user ON support_case_participants (case_id, platform_user_id) WHERE platform_user_id IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE transactions (
    type VARCHAR NOT NULL,
    processor VARCHAR,
    currency VARCHAR(3) NOT NULL,
    amount BIGINT NOT NULL,
    account_currency VARCHAR(3) NOT NULL,
    account_amount BIGINT NOT NULL,
    tax_amount BIGINT NOT NULL,
    tax_country VARCHAR(2),
    tax_state VARCHAR(2),
    presentment_amount BIGINT,
    presentment_tax_amount BIGINT,
    presentment_currency VARCHAR(3),
    exchange_rate FLOAT,
    tax_processor VARCHAR,
    tax_filing_amount BIGINT,
    tax_filing_currency VARCHAR(3),
    tax_processor_id VARCHAR,
    processor_fee_type VARCHAR,
    balance_correlation_key VARCHAR,
    platform_fee_type VARCHAR,
    customer_id VARCHAR,
    charge_id VARCHAR,
    transfer_id VARCHAR,
    transfer_reversal_id VARCHAR,
    fee_balance_transaction_id VARCHAR,
    risk_level VARCHAR,
    risk_score INTEGER,
    account_id UUID,
    payment_customer_id UUID,
    payment_organization_id UUID,
    payment_user_id UUID,
    pledge_id UUID,
    order_id UUID,
    issue_reward_id UUID,
    payment_transaction_id UUID,
    refund_id UUID,
    dispute_id UUID,
    payout_id UUID,
    balance_reversal_transaction_id UUID,
    payout_transaction_id UUID,
    incurred_by_transaction_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT transactions_pkey PRIMARY KEY (id),
    CONSTRAINT transactions_account_id_fkey FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE restrict,
    CONSTRAINT transactions_balance_reversal_transaction_id_fkey FOREIGN KEY(balance_reversal_transaction_id) REFERENCES transactions (id) ON DELETE set null,
    CONSTRAINT transactions_dispute_id_fkey FOREIGN KEY(dispute_id) REFERENCES disputes (id) ON DELETE set null,
    CONSTRAINT transactions_incurred_by_transaction_id_fkey FOREIGN KEY(incurred_by_transaction_id) REFERENCES transactions (id) ON DELETE set null,
    CONSTRAINT transactions_issue_reward_id_fkey FOREIGN KEY(issue_reward_id) REFERENCES issue_rewards (id) ON DELETE set null,
    CONSTRAINT transactions_order_id_fkey FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE set null,
    CONSTRAINT transactions_payment_customer_id_fkey FOREIGN KEY(payment_customer_id) REFERENCES customers (id) ON DELETE set null,
    CONSTRAINT transactions_payment_organization_id_fkey FOREIGN KEY(payment_organization_id) REFERENCES organizations (id) ON DELETE set null,
    CONSTRAINT transactions_payment_transaction_id_fkey FOREIGN KEY(payment_transaction_id) REFERENCES transactions (id) ON DELETE set null,
    CONSTRAINT transactions_payment_user_id_fkey FOREIGN KEY(payment_user_id) REFERENCES users (id) ON DELETE set null,
    CONSTRAINT transactions_payout_id_fkey FOREIGN KEY(payout_id) REFERENCES payouts (id),
    CONSTRAINT transactions_payout_transaction_id_fkey FOREIGN KEY(payout_transaction_id) REFERENCES transactions (id) ON DELETE set null,
    CONSTRAINT transactions_pledge_id_fkey FOREIGN KEY(pledge_id) REFERENCES pledges (id) ON DELETE set null,
    CONSTRAINT transactions_refund_id_fkey FOREIGN KEY(refund_id) REFERENCES refunds (id) ON DELETE set null
);

CREATE UNIQUE INDEX ix_payment_charge_id_uniqueness ON transactions (type, charge_id) WHERE type = 'payment';

CREATE INDEX ix_transactions_account_id ON transactions (account_id);

CREATE INDEX ix_transactions_balance_correlation_key ON transactions (balance_correlation_key);

CREATE INDEX ix_transactions_balance_reversal_transaction_id ON transactions (balance_reversal_transaction_id);

CREATE INDEX ix_transactions_charge_id ON transactions (charge_id);

CREATE INDEX ix_transactions_created_at ON transactions (created_at);

CREATE INDEX ix_transactions_customer_id ON transactions (customer_id);

CREATE INDEX ix_transactions_deleted_at ON transactions (deleted_at);

CREATE INDEX ix_transactions_dispute_id ON transactions (dispute_id);

CREATE INDEX ix_transactions_fee_balance_transaction_id ON transactions (fee_balance_transaction_id);

CREATE INDEX ix_transactions_incurred_by_transaction_id ON transactions (incurred_by_transaction_id);

CREATE INDEX ix_transactions_issue_reward_id ON transactions (issue_reward_id);

CREATE INDEX ix_transactions_order_id ON transactions (order_id);

CREATE INDEX ix_transactions_payment_customer_id ON transactions (payment_customer_id);

CREATE INDEX ix_transactions_payment_organization_id ON transactions (payment_organization_id);

CREATE INDEX ix_transactions_payment_transaction_id ON transactions (payment_transaction_id);

CREATE INDEX ix_transactions_payment_user_id ON transactions (payment_user_id);

CREATE INDEX ix_transactions_payout_id ON transactions (payout_id);

CREATE INDEX ix_transactions_payout_transaction_id ON transactions (payout_transaction_id);

CREATE INDEX ix_transactions_platform_fee_type ON transactions (platform_fee_type);

CREATE INDEX ix_transactions_pledge_id ON transactions (pledge_id);

CREATE INDEX ix_transactions_processor ON transactions (processor);

CREATE INDEX ix_transactions_processor_fee_type ON transactions (processor_fee_type);

CREATE INDEX ix_transactions_refund_id ON transactions (refund_id);

CREATE INDEX ix_transactions_tax_country ON transactions (tax_country);

CREATE INDEX ix_transactions_tax_state ON transactions (tax_state);

CREATE INDEX ix_transactions_transfer_id ON transactions (transfer_id);

CREATE INDEX ix_transactions_transfer_reversal_id ON transactions (transfer_reversal_id);

CREATE INDEX ix_transactions_type ON transactions (type);

CREATE TABLE wallet_transactions (
    timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    currency VARCHAR(3) NOT NULL,
    amount BIGINT NOT NULL,
    wallet_id UUID NOT NULL,
    tax_processor VARCHAR,
    tax_amount BIGINT,
    tax_breakdown JSONB,
    tax_calculation_processor_id VARCHAR,
    order_id UUID,
    refund_id UUID,
    id UUID NOT NULL,
    CONSTRAINT wallet_transactions_pkey PRIMARY KEY (id),
    CONSTRAINT wallet_transactions_order_id_fkey FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE restrict,
    CONSTRAINT wallet_transactions_refund_id_fkey FOREIGN KEY(refund_id) REFERENCES refunds (id) ON DELETE restrict,
    CONSTRAINT wallet_transactions_wallet_id_fkey FOREIGN KEY(wallet_id) REFERENCES wallets (id) ON DELETE restrict
);

CREATE INDEX ix_wallet_transactions_order_id ON wallet_transactions (order_id);

CREATE INDEX ix_wallet_transactions_refund_id ON wallet_transactions (refund_id);

CREATE INDEX ix_wallet_transactions_timestamp ON wallet_transactions (timestamp);

CREATE INDEX ix_wallet_transactions_wallet_id ON wallet_transactions (wallet_id);

CREATE TABLE support_case_attachments (
    case_id UUID NOT NULL,
    message_id UUID,
    file_id UUID NOT NULL,
    audience VARCHAR(16)[] NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT support_case_attachments_pkey PRIMARY KEY (id),
    CONSTRAINT support_case_attachments_message_fkey FOREIGN KEY(case_id, message_id) REFERENCES support_case_messages (case_id, id) ON DELETE cascade,
    CONSTRAINT support_case_attachments_case_id_fkey FOREIGN KEY(case_id) REFERENCES support_cases (id) ON DELETE cascade,
    CONSTRAINT support_case_attachments_file_id_fkey FOREIGN KEY(file_id) REFERENCES files (id)
);

CREATE INDEX ix_support_case_attachments_case_id ON support_case_attachments (case_id);

CREATE INDEX ix_support_case_attachments_created_at ON support_case_attachments (created_at);

CREATE INDEX ix_support_case_attachments_deleted_at ON support_case_attachments (deleted_at);

CREATE INDEX ix_support_case_attachments_message_id ON support_case_attachments (message_id);

CREATE FUNCTION "public"."benefits_search_vector_update"() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector := to_tsvector('english', coalesce(NEW.type, '') || ' ' || coalesce(NEW.description, ''));
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql;

CREATE FUNCTION "public"."products_search_vector_update"() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector := to_tsvector('english', coalesce(NEW.name, '') || ' ' || coalesce(NEW.description, ''));
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql;

CREATE FUNCTION "public"."customers_search_vector_update"() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector('simple', coalesce(NEW.name, '')), 'A') ||
            setweight(to_tsvector('simple', coalesce(NEW.email, '')), 'A');
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql;

CREATE FUNCTION "public"."discount_redemptions_count_increment"() RETURNS trigger AS $$
    BEGIN
        UPDATE discounts
        SET redemptions_count = redemptions_count + 1
        WHERE id = NEW.discount_id;
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql;

CREATE FUNCTION "public"."discount_redemptions_count_decrement"() RETURNS trigger AS $$
    BEGIN
        UPDATE discounts
        SET redemptions_count = redemptions_count - 1
        WHERE id = OLD.discount_id;
        RETURN OLD;
    END
    $$ LANGUAGE plpgsql;

CREATE FUNCTION "public"."orders_search_vector_update"() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector := to_tsvector('simple', coalesce(NEW.invoice_number, '') || ' ' || coalesce(NEW.stripe_invoice_id, ''));
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql;

CREATE FUNCTION "public"."payout_status_update"() RETURNS trigger AS $$
    DECLARE
        has_succeeded BOOLEAN;
        has_attempts BOOLEAN;
        all_failed BOOLEAN;
        latest_status TEXT;
        new_status TEXT;
        current_status TEXT;
    BEGIN
        -- Don't update canceled or held payouts
        SELECT status INTO current_status
        FROM payouts
        WHERE id = NEW.payout_id;

        IF current_status IN ('canceled', 'held') THEN
            RETURN NEW;
        END IF;

        -- Check if any attempt succeeded
        SELECT EXISTS(
            SELECT 1 FROM payout_attempts
            WHERE payout_id = NEW.payout_id
            AND status = 'succeeded'
        ) INTO has_succeeded;

        -- Check if there are any attempts
        SELECT EXISTS(
            SELECT 1 FROM payout_attempts
            WHERE payout_id = NEW.payout_id
        ) INTO has_attempts;

        -- Get the latest attempt's status
        SELECT status INTO latest_status
        FROM payout_attempts
        WHERE payout_id = NEW.payout_id
        ORDER BY created_at DESC
        LIMIT 1;

        -- Check if all attempts failed
        SELECT has_attempts AND NOT EXISTS(
            SELECT 1 FROM payout_attempts
            WHERE payout_id = NEW.payout_id
            AND status != 'failed'
        ) INTO all_failed;

        -- Determine new status
        IF has_succeeded THEN
            new_status := 'succeeded';
        ELSIF NOT has_attempts THEN
            new_status := 'pending';
        ELSIF latest_status = 'in_transit' THEN
            new_status := 'in_transit';
        ELSIF all_failed THEN
            new_status := 'failed';
        ELSE
            new_status := 'pending';
        END IF;

        -- Update the payout status
        UPDATE payouts
        SET status = new_status
        WHERE id = NEW.payout_id;

        RETURN NEW;
    END
    $$ LANGUAGE plpgsql;

CREATE TRIGGER "benefits_search_vector_trigger" BEFORE INSERT OR UPDATE ON public.benefits FOR EACH ROW EXECUTE FUNCTION benefits_search_vector_update();

CREATE TRIGGER "products_search_vector_trigger" BEFORE INSERT OR UPDATE ON public.products FOR EACH ROW EXECUTE FUNCTION products_search_vector_update();

CREATE TRIGGER "customers_search_vector_trigger" BEFORE INSERT OR UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION customers_search_vector_update();

CREATE TRIGGER "discount_redemptions_count_increment_trigger" AFTER INSERT ON public.discount_redemptions FOR EACH ROW EXECUTE FUNCTION discount_redemptions_count_increment();

CREATE TRIGGER "discount_redemptions_count_decrement_trigger" AFTER DELETE ON public.discount_redemptions FOR EACH ROW EXECUTE FUNCTION discount_redemptions_count_decrement();

CREATE TRIGGER "orders_search_vector_trigger" BEFORE INSERT OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION orders_search_vector_update();

CREATE TRIGGER "payout_status_update_trigger" AFTER INSERT OR UPDATE ON public.payout_attempts FOR EACH ROW EXECUTE FUNCTION payout_status_update();

-- migrate:down
-- alembic: downgrade d5f2b8e1c3a9 ->

SET LOCAL lock_timeout = '5s';

DROP TRIGGER "payout_status_update_trigger" ON public.payout_attempts;

DROP TRIGGER "orders_search_vector_trigger" ON public.orders;

DROP TRIGGER "discount_redemptions_count_decrement_trigger" ON public.discount_redemptions;

DROP TRIGGER "discount_redemptions_count_increment_trigger" ON public.discount_redemptions;

DROP TRIGGER "customers_search_vector_trigger" ON public.customers;

DROP TRIGGER "products_search_vector_trigger" ON public.products;

DROP TRIGGER "benefits_search_vector_trigger" ON public.benefits;

DROP FUNCTION "public"."payout_status_update"();

DROP FUNCTION "public"."orders_search_vector_update"();

DROP FUNCTION "public"."discount_redemptions_count_decrement"();

DROP FUNCTION "public"."discount_redemptions_count_increment"();

DROP FUNCTION "public"."customers_search_vector_update"();

DROP FUNCTION "public"."products_search_vector_update"();

DROP FUNCTION "public"."benefits_search_vector_update"();

DROP INDEX ix_support_case_attachments_message_id;

DROP INDEX ix_support_case_attachments_deleted_at;

DROP INDEX ix_support_case_attachments_created_at;

DROP INDEX ix_support_case_attachments_case_id;

DROP TABLE support_case_attachments;

DROP INDEX ix_wallet_transactions_wallet_id;

DROP INDEX ix_wallet_transactions_timestamp;

DROP INDEX ix_wallet_transactions_refund_id;

DROP INDEX ix_wallet_transactions_order_id;

DROP TABLE wallet_transactions;

DROP INDEX ix_transactions_type;

DROP INDEX ix_transactions_transfer_reversal_id;

DROP INDEX ix_transactions_transfer_id;

DROP INDEX ix_transactions_tax_state;

DROP INDEX ix_transactions_tax_country;

DROP INDEX ix_transactions_refund_id;

DROP INDEX ix_transactions_processor_fee_type;

DROP INDEX ix_transactions_processor;

DROP INDEX ix_transactions_pledge_id;

DROP INDEX ix_transactions_platform_fee_type;

DROP INDEX ix_transactions_payout_transaction_id;

DROP INDEX ix_transactions_payout_id;

DROP INDEX ix_transactions_payment_user_id;

DROP INDEX ix_transactions_payment_transaction_id;

DROP INDEX ix_transactions_payment_organization_id;

DROP INDEX ix_transactions_payment_customer_id;

DROP INDEX ix_transactions_order_id;

DROP INDEX ix_transactions_issue_reward_id;

DROP INDEX ix_transactions_incurred_by_transaction_id;

DROP INDEX ix_transactions_fee_balance_transaction_id;

DROP INDEX ix_transactions_dispute_id;

DROP INDEX ix_transactions_deleted_at;

DROP INDEX ix_transactions_customer_id;

DROP INDEX ix_transactions_created_at;

DROP INDEX ix_transactions_charge_id;

DROP INDEX ix_transactions_balance_reversal_transaction_id;

DROP INDEX ix_transactions_balance_correlation_key;

DROP INDEX ix_transactions_account_id;

DROP INDEX ix_payment_charge_id_uniqueness;

DROP TABLE transactions;

DROP INDEX ix_support_case_participants_unique_platform_user;

DROP INDEX ix_support_case_participants_unique_organization;

DROP INDEX ix_support_case_participants_unique_customer;

DROP INDEX ix_support_case_participants_deleted_at;

DROP INDEX ix_support_case_participants_created_at;

DROP INDEX ix_support_case_participants_case_id;

DROP TABLE support_case_participants;

DROP INDEX ix_support_case_messages_type;

DROP INDEX ix_support_case_messages_deleted_at;

DROP INDEX ix_support_case_messages_created_at;

DROP INDEX ix_support_case_messages_case_id;

DROP TABLE support_case_messages;

DROP INDEX ix_support_cases_type;

DROP INDEX ix_support_cases_review_appeal_organization_review_id;

DROP INDEX ix_support_cases_dispute_dispute_id;

DROP INDEX ix_support_cases_deleted_at;

DROP INDEX ix_support_cases_created_at;

DROP INDEX ix_support_cases_assigned_user_id;

DROP TABLE support_cases;

DROP INDEX ix_refunds_subscription_id;

DROP INDEX ix_refunds_processor_id;

DROP INDEX ix_refunds_pledge_id;

DROP INDEX ix_refunds_payment_id;

DROP INDEX ix_refunds_organization_id;

DROP INDEX ix_refunds_order_id;

DROP INDEX ix_refunds_dispute_id;

DROP INDEX ix_refunds_deleted_at;

DROP INDEX ix_refunds_customer_id;

DROP INDEX ix_refunds_created_at;

DROP TABLE refunds;

DROP INDEX ix_subscription_meters_deleted_at;

DROP INDEX ix_subscription_meters_created_at;

DROP TABLE subscription_meters;

DROP INDEX ix_meter_events_meter_ingested;

DROP INDEX ix_meter_events_meter_external_customer_ingested;

DROP INDEX ix_meter_events_meter_customer_ingested;

DROP INDEX ix_meter_events_event_id;

DROP TABLE meter_events;

DROP INDEX ix_disputes_payment_id;

DROP INDEX ix_disputes_order_id;

DROP INDEX ix_disputes_deleted_at;

DROP INDEX ix_disputes_created_at;

DROP TABLE disputes;

DROP INDEX ix_customer_meters_meter_id;

DROP INDEX ix_customer_meters_last_balanced_event_id;

DROP INDEX ix_customer_meters_deleted_at;

DROP INDEX ix_customer_meters_credited_units;

DROP INDEX ix_customer_meters_created_at;

DROP INDEX ix_customer_meters_consumed_units;

DROP INDEX ix_customer_meters_balance;

DROP INDEX ix_customer_meters_activated_at;

DROP TABLE customer_meters;

DROP INDEX ix_billing_entry_type;

DROP INDEX ix_billing_entry_subscription_id;

DROP INDEX ix_billing_entry_start_timestamp;

DROP INDEX ix_billing_entry_product_price_id;

DROP INDEX ix_billing_entry_order_item_id;

DROP INDEX ix_billing_entry_event_id;

DROP INDEX ix_billing_entry_end_timestamp;

DROP INDEX ix_billing_entry_deleted_at;

DROP INDEX ix_billing_entry_customer_id;

DROP INDEX ix_billing_entry_created_at;

DROP INDEX ix_billing_entries_s_oi_pp;

DROP INDEX ix_billing_entries_s_d_oi_pp;

DROP TABLE billing_entry;

DROP INDEX ix_webhook_deliveries_webhook_event_id;

DROP INDEX ix_webhook_deliveries_webhook_endpoint_id;

DROP INDEX ix_webhook_deliveries_deleted_at;

DROP INDEX ix_webhook_deliveries_created_at;

DROP TABLE webhook_deliveries;

DROP INDEX ix_payments_wallet_id;

DROP INDEX ix_payments_status;

DROP INDEX ix_payments_processor_id;

DROP INDEX ix_payments_processor;

DROP INDEX ix_payments_organization_id;

DROP INDEX ix_payments_order_id;

DROP INDEX ix_payments_method;

DROP INDEX ix_payments_deleted_at;

DROP INDEX ix_payments_customer_email;

DROP INDEX ix_payments_created_at;

DROP INDEX ix_payments_checkout_id;

DROP TABLE payments;

DROP INDEX ix_order_items_order_id;

DROP INDEX ix_order_items_deleted_at;

DROP INDEX ix_order_items_created_at;

DROP TABLE order_items;

DROP INDEX ix_meters_organization_id;

DROP INDEX ix_meters_last_billed_event_id;

DROP INDEX ix_meters_deleted_at;

DROP INDEX ix_meters_created_at;

DROP TABLE meters;

DROP INDEX ix_license_key_activations_license_key_id;

DROP INDEX ix_license_key_activations_deleted_at;

DROP INDEX ix_license_key_activations_created_at;

DROP TABLE license_key_activations;

DROP INDEX ix_customer_seats_subscription_id;

DROP INDEX ix_customer_seats_order_id;

DROP INDEX ix_customer_seats_member_id;

DROP INDEX ix_customer_seats_invitation_token;

DROP INDEX ix_customer_seats_deleted_at;

DROP INDEX ix_customer_seats_customer_id;

DROP INDEX ix_customer_seats_created_at;

DROP TABLE customer_seats;

DROP INDEX ix_checkout_link_products_deleted_at;

DROP INDEX ix_checkout_link_products_created_at;

DROP TABLE checkout_link_products;

DROP INDEX ix_benefit_grants_scope_unique;

DROP INDEX ix_benefit_grants_order_id;

DROP INDEX ix_benefit_grants_member_id;

DROP INDEX ix_benefit_grants_deleted_at;

DROP INDEX ix_benefit_grants_customer_id;

DROP INDEX ix_benefit_grants_created_at;

DROP INDEX ix_benefit_grants_benefit_id;

DROP TABLE benefit_grants;

DROP INDEX ix_webhook_events_webhook_endpoint_id;

DROP INDEX ix_webhook_events_type;

DROP INDEX ix_webhook_events_deleted_at;

DROP INDEX ix_webhook_events_created_at_non_archived;

DROP INDEX ix_webhook_events_created_at;

DROP TABLE webhook_events;

DROP INDEX ix_trial_redemptions_product_id;

DROP INDEX ix_trial_redemptions_payment_method_fingerprint;

DROP INDEX ix_trial_redemptions_deleted_at;

DROP INDEX ix_trial_redemptions_customer_id;

DROP INDEX ix_trial_redemptions_customer_email;

DROP INDEX ix_trial_redemptions_created_at;

DROP TABLE trial_redemptions;

DROP INDEX ix_subscription_updates_subscription_id_pending;

DROP INDEX ix_subscription_updates_subscription_id;

DROP INDEX ix_subscription_updates_deleted_at;

DROP INDEX ix_subscription_updates_created_at;

DROP TABLE subscription_updates;

DROP INDEX ix_product_medias_order;

DROP INDEX ix_product_medias_deleted_at;

DROP INDEX ix_product_medias_created_at;

DROP TABLE product_medias;

DROP INDEX ix_product_custom_fields_order;

DROP INDEX ix_product_custom_fields_deleted_at;

DROP INDEX ix_product_custom_fields_created_at;

DROP TABLE product_custom_fields;

DROP INDEX ix_product_benefits_order;

DROP INDEX ix_product_benefits_deleted_at;

DROP INDEX ix_product_benefits_created_at;

DROP TABLE product_benefits;

DROP INDEX ix_pledge_transactions_deleted_at;

DROP INDEX ix_pledge_transactions_created_at;

DROP TABLE pledge_transactions;

DROP INDEX organization_review_feedback_one_current_per_org;

DROP INDEX ix_organization_review_feedback_reviewer_id;

DROP INDEX ix_organization_review_feedback_organization_id;

DROP INDEX ix_organization_review_feedback_deleted_at;

DROP INDEX ix_organization_review_feedback_created_at;

DROP INDEX ix_organization_review_feedback_agent_review_id;

DROP TABLE organization_review_feedback;

DROP INDEX ix_total_amount;

DROP INDEX ix_orders_subscription_id;

DROP INDEX ix_orders_status;

DROP INDEX ix_orders_search_vector;

DROP INDEX ix_orders_product_id;

DROP INDEX ix_orders_organization_id;

DROP INDEX ix_orders_next_payment_attempt_at;

DROP INDEX ix_orders_discount_id;

DROP INDEX ix_orders_deleted_at;

DROP INDEX ix_orders_customer_id_receipt_number;

DROP INDEX ix_orders_customer_id;

DROP INDEX ix_orders_created_at;

DROP INDEX ix_orders_checkout_id;

DROP INDEX ix_orders_billing_reason;

DROP TABLE orders;

DROP INDEX ix_member_sessions_member_id;

DROP INDEX ix_member_sessions_expires_at;

DROP INDEX ix_member_sessions_deleted_at;

DROP INDEX ix_member_sessions_created_at;

DROP TABLE member_sessions;

DROP INDEX ix_license_keys_organization_id;

DROP INDEX ix_license_keys_member_id;

DROP INDEX ix_license_keys_deleted_at;

DROP INDEX ix_license_keys_customer_id;

DROP INDEX ix_license_keys_created_at;

DROP INDEX ix_license_keys_benefit_id;

DROP TABLE license_keys;

DROP INDEX ix_events_timestamp;

DROP INDEX ix_events_source;

DROP INDEX ix_events_root_id;

DROP INDEX ix_events_parent_id;

DROP INDEX ix_events_organization_id_source_id;

DROP INDEX ix_events_organization_id_external_id;

DROP INDEX ix_events_organization_id;

DROP INDEX ix_events_organization_external_id_ingested_at_desc;

DROP INDEX ix_events_organization_customer_id_ingested_at_desc;

DROP INDEX ix_events_org_timestamp_id;

DROP INDEX ix_events_org_source_name_external_customer_id_ingested_at;

DROP INDEX ix_events_org_source_name_customer_id_ingested_at;

DROP INDEX ix_events_org_pending_parent;

DROP INDEX ix_events_name;

DROP INDEX ix_events_member_id;

DROP INDEX ix_events_ingested_at;

DROP INDEX ix_events_external_customer_id_pattern;

DROP INDEX ix_events_external_customer_id;

DROP INDEX ix_events_event_type_id;

DROP INDEX ix_events_customer_id;

DROP TABLE events;

DROP INDEX ix_downloadables_member_id;

DROP INDEX ix_downloadables_file_id;

DROP INDEX ix_downloadables_deleted_at;

DROP INDEX ix_downloadables_created_at;

DROP INDEX ix_downloadables_benefit_id;

DROP TABLE downloadables;

DROP INDEX ix_discount_redemptions_subscription_id;

DROP INDEX ix_discount_redemptions_discount_id;

DROP INDEX ix_discount_redemptions_deleted_at;

DROP INDEX ix_discount_redemptions_created_at;

DROP INDEX ix_discount_redemptions_checkout_id;

DROP TABLE discount_redemptions;

DROP INDEX ix_discount_products_deleted_at;

DROP INDEX ix_discount_products_created_at;

DROP TABLE discount_products;

DROP INDEX ix_checkout_links_payment_processor;

DROP INDEX ix_checkout_links_organization_id;

DROP INDEX ix_checkout_links_deleted_at;

DROP INDEX ix_checkout_links_created_at;

DROP INDEX ix_checkout_links_client_secret;

DROP TABLE checkout_links;

DROP INDEX ix_webhook_endpoints_organization_id;

DROP INDEX ix_webhook_endpoints_deleted_at;

DROP INDEX ix_webhook_endpoints_created_at;

DROP TABLE webhook_endpoints;

DROP INDEX ix_user_organizations_owner_per_org;

DROP INDEX ix_user_organizations_deleted_at;

DROP INDEX ix_user_organizations_created_at;

DROP TABLE user_organizations;

DROP INDEX ix_slack_apps_team_id;

DROP INDEX ix_slack_apps_organization_id;

DROP INDEX ix_slack_apps_deleted_at;

DROP INDEX ix_slack_apps_created_at;

DROP TABLE slack_apps;

DROP INDEX ix_products_search_vector;

DROP INDEX ix_products_recurring_interval;

DROP INDEX ix_products_organization_id;

DROP INDEX ix_products_deleted_at;

DROP INDEX ix_products_created_at;

DROP TABLE products;

DROP INDEX ix_pledges_payment_id;

DROP INDEX ix_pledges_organization_id;

DROP INDEX ix_pledges_on_behalf_of_organization_id;

DROP INDEX ix_pledges_issue_reference;

DROP INDEX ix_pledges_email;

DROP INDEX ix_pledges_deleted_at;

DROP INDEX ix_pledges_created_at;

DROP INDEX ix_pledges_by_user_id;

DROP INDEX ix_pledges_by_organization_id;

DROP TABLE pledges;

DROP INDEX ix_payout_attempts_status;

DROP INDEX ix_payout_attempts_processor_id;

DROP INDEX ix_payout_attempts_deleted_at;

DROP INDEX ix_payout_attempts_created_at;

DROP TABLE payout_attempts;

DROP INDEX ix_organization_reviews_organization_id;

DROP INDEX ix_organization_reviews_deleted_at;

DROP INDEX ix_organization_reviews_created_at;

DROP TABLE organization_reviews;

DROP INDEX ix_organization_agent_reviews_organization_id;

DROP INDEX ix_organization_agent_reviews_deleted_at;

DROP INDEX ix_organization_agent_reviews_created_at;

DROP TABLE organization_agent_reviews;

DROP INDEX ix_organization_access_tokens_organization_id;

DROP INDEX ix_organization_access_tokens_expires_at;

DROP INDEX ix_organization_access_tokens_deleted_at;

DROP INDEX ix_organization_access_tokens_created_at;

DROP TABLE organization_access_tokens;

DROP INDEX ix_oauth2_tokens_refresh_token;

DROP INDEX ix_oauth2_tokens_nonce;

DROP INDEX ix_oauth2_tokens_deleted_at;

DROP INDEX ix_oauth2_tokens_created_at;

DROP TABLE oauth2_tokens;

DROP INDEX ix_oauth2_grants_user_id;

DROP INDEX ix_oauth2_grants_organization_id;

DROP INDEX ix_oauth2_grants_deleted_at;

DROP INDEX ix_oauth2_grants_created_at;

DROP INDEX ix_oauth2_grants_client_id;

DROP TABLE oauth2_grants;

DROP INDEX ix_oauth2_authorization_codes_deleted_at;

DROP INDEX ix_oauth2_authorization_codes_created_at;

DROP TABLE oauth2_authorization_codes;

DROP INDEX ix_metric_dashboards_organization_id;

DROP INDEX ix_metric_dashboards_deleted_at;

DROP INDEX ix_metric_dashboards_created_at;

DROP TABLE metric_dashboards;

DROP INDEX members_customer_id_owner_active_key;

DROP INDEX members_customer_id_external_id_active_key;

DROP INDEX members_customer_id_email_case_insensitive_active_key;

DROP INDEX ix_members_organization_id;

DROP INDEX ix_members_deleted_at;

DROP INDEX ix_members_customer_id;

DROP INDEX ix_members_created_at;

DROP TABLE members;

DROP INDEX ix_issue_rewards_organization_id;

DROP INDEX ix_issue_rewards_issue_reference;

DROP INDEX ix_issue_rewards_deleted_at;

DROP INDEX ix_issue_rewards_created_at;

DROP TABLE issue_rewards;

DROP INDEX ix_files_organization_id;

DROP INDEX ix_files_deleted_at;

DROP INDEX ix_files_created_at;

DROP TABLE files;

DROP INDEX ix_feedbacks_user_id_created_at;

DROP INDEX ix_feedbacks_status_created_at;

DROP INDEX ix_feedbacks_organization_id;

DROP INDEX ix_feedbacks_deleted_at;

DROP INDEX ix_feedbacks_created_at;

DROP TABLE feedbacks;

DROP INDEX ix_event_types_organization_id;

DROP INDEX ix_event_types_name;

DROP INDEX ix_event_types_deleted_at;

DROP INDEX ix_event_types_created_at;

DROP TABLE event_types;

DROP INDEX ix_discounts_organization_id;

DROP INDEX ix_discounts_deleted_at;

DROP INDEX ix_discounts_created_at;

DROP INDEX ix_discounts_code_uniqueness;

DROP INDEX ix_discounts_code;

DROP TABLE discounts;

DROP INDEX ix_customer_email_verifications_token_hash;

DROP INDEX ix_customer_email_verifications_deleted_at;

DROP INDEX ix_customer_email_verifications_customer_id;

DROP INDEX ix_customer_email_verifications_created_at;

DROP TABLE customer_email_verifications;

DROP INDEX ix_custom_fields_type;

DROP INDEX ix_custom_fields_organization_id;

DROP INDEX ix_custom_fields_deleted_at;

DROP INDEX ix_custom_fields_created_at;

DROP TABLE custom_fields;

DROP INDEX ix_benefits_type;

DROP INDEX ix_benefits_search_vector;

DROP INDEX ix_benefits_organization_id;

DROP INDEX ix_benefits_deleted_at;

DROP INDEX ix_benefits_created_at;

DROP TABLE benefits;

DROP INDEX ix_payouts_status;

DROP INDEX ix_payouts_deleted_at;

DROP INDEX ix_payouts_created_at;

DROP TABLE payouts;

DROP INDEX ix_organizations_payout_account_id;

DROP INDEX ix_organizations_name;

DROP INDEX ix_organizations_deleted_at;

DROP INDEX ix_organizations_created_at;

DROP TABLE organizations;

DROP INDEX ix_email_otps_identity_id;

DROP INDEX ix_email_otps_expires_at;

DROP INDEX ix_email_otps_deleted_at;

DROP INDEX ix_email_otps_created_at;

DROP INDEX ix_email_otps_code_hash;

DROP INDEX ix_email_otps_authentication_session_id;

DROP TABLE email_otps;

DROP INDEX ix_user_sessions_expires_at;

DROP INDEX ix_user_sessions_deleted_at;

DROP INDEX ix_user_sessions_created_at;

DROP TABLE user_sessions;

DROP TABLE user_notifications;

DROP INDEX ix_totp_enrollments_deleted_at;

DROP INDEX ix_totp_enrollments_created_at;

DROP TABLE totp_enrollments;

DROP INDEX ix_personal_access_tokens_expires_at;

DROP INDEX ix_personal_access_tokens_deleted_at;

DROP INDEX ix_personal_access_tokens_created_at;

DROP TABLE personal_access_tokens;

DROP INDEX ix_payout_accounts_deleted_at;

DROP INDEX ix_payout_accounts_created_at;

DROP TABLE payout_accounts;

DROP INDEX ix_oauth_accounts_deleted_at;

DROP INDEX ix_oauth_accounts_created_at;

DROP INDEX idx_user_id_platform;

DROP TABLE oauth_accounts;

DROP INDEX ix_oauth2_states_identity_id;

DROP INDEX ix_oauth2_states_deleted_at;

DROP INDEX ix_oauth2_states_created_at;

DROP TABLE oauth2_states;

DROP INDEX ix_oauth2_clients_user_id;

DROP INDEX ix_oauth2_clients_registration_access_token;

DROP INDEX ix_oauth2_clients_deleted_at;

DROP INDEX ix_oauth2_clients_created_at;

DROP TABLE oauth2_clients;

DROP INDEX ix_notifications_user_id;

DROP INDEX ix_notifications_deleted_at;

DROP INDEX ix_notifications_created_at;

DROP TABLE notifications;

DROP INDEX ix_notification_recipients_expo_push_token;

DROP INDEX ix_notification_recipients_deleted_at;

DROP INDEX ix_notification_recipients_created_at;

DROP TABLE notification_recipients;

DROP INDEX ix_email_verification_token_hash;

DROP INDEX ix_email_verification_deleted_at;

DROP INDEX ix_email_verification_created_at;

DROP TABLE email_verification;

DROP INDEX ix_backup_codes_enrollments_deleted_at;

DROP INDEX ix_backup_codes_enrollments_created_at;

DROP TABLE backup_codes_enrollments;

DROP INDEX ix_authentication_sessions_identity_id;

DROP INDEX ix_authentication_sessions_deleted_at;

DROP INDEX ix_authentication_sessions_created_at;

DROP TABLE authentication_sessions;

DROP INDEX ix_users_email_case_insensitive;

DROP INDEX ix_users_deleted_at;

DROP INDEX ix_users_created_at;

DROP TABLE users;

DROP INDEX ix_account_credits_deleted_at;

DROP INDEX ix_account_credits_created_at;

DROP INDEX ix_account_credits_campaign_id;

DROP INDEX ix_account_credits_active;

DROP TABLE account_credits;

DROP INDEX ix_wallets_deleted_at;

DROP INDEX ix_wallets_customer_id;

DROP INDEX ix_wallets_created_at;

DROP TABLE wallets;

DROP INDEX ix_subscription_product_prices_deleted_at;

DROP INDEX ix_subscription_product_prices_created_at;

DROP TABLE subscription_product_prices;

DROP INDEX ix_customer_sessions_expires_at;

DROP INDEX ix_customer_sessions_deleted_at;

DROP INDEX ix_customer_sessions_customer_id;

DROP INDEX ix_customer_sessions_created_at;

DROP TABLE customer_sessions;

DROP INDEX ix_customer_session_codes_expires_at;

DROP INDEX ix_customer_session_codes_deleted_at;

DROP INDEX ix_customer_session_codes_customer_id;

DROP INDEX ix_customer_session_codes_created_at;

DROP TABLE customer_session_codes;

DROP INDEX ix_accounts_deleted_at;

DROP INDEX ix_accounts_created_at;

DROP INDEX ix_accounts_campaign_id;

DROP TABLE accounts;

DROP INDEX ix_subscriptions_started_at;

DROP INDEX ix_subscriptions_scheduler_locked_at;

DROP INDEX ix_subscriptions_recurring_interval;

DROP INDEX ix_subscriptions_product_id;

DROP INDEX ix_subscriptions_payment_method_id;

DROP INDEX ix_subscriptions_organization_id;

DROP INDEX ix_subscriptions_legacy_stripe_subscription_id;

DROP INDEX ix_subscriptions_ends_at;

DROP INDEX ix_subscriptions_ended_at;

DROP INDEX ix_subscriptions_discount_id;

DROP INDEX ix_subscriptions_deleted_at;

DROP INDEX ix_subscriptions_customer_id_status;

DROP INDEX ix_subscriptions_created_at;

DROP INDEX ix_subscriptions_checkout_id;

DROP INDEX ix_subscriptions_canceled_at;

DROP TABLE subscriptions;

DROP INDEX ix_product_prices_type;

DROP INDEX ix_product_prices_source;

DROP INDEX ix_product_prices_recurring_interval;

DROP INDEX ix_product_prices_product_id;

DROP INDEX ix_product_prices_meter_id;

DROP INDEX ix_product_prices_deleted_at;

DROP INDEX ix_product_prices_created_at;

DROP INDEX ix_product_prices_checkout_product_id;

DROP INDEX ix_product_prices_amount_type;

DROP TABLE product_prices;

DROP INDEX ix_processor_transactions_type;

DROP INDEX ix_processor_transactions_timestamp;

DROP INDEX ix_processor_transactions_processor_id;

DROP INDEX ix_processor_transactions_processor;

DROP TABLE processor_transactions;

DROP INDEX ix_payment_methods_type;

DROP INDEX ix_payment_methods_processor_id;

DROP INDEX ix_payment_methods_processor;

DROP INDEX ix_payment_methods_deleted_at;

DROP INDEX ix_payment_methods_customer_id;

DROP INDEX ix_payment_methods_created_at;

DROP TABLE payment_methods;

DROP INDEX ix_external_events_task_name;

DROP INDEX ix_external_events_source;

DROP INDEX ix_external_events_handled_at;

DROP INDEX ix_external_events_external_id;

DROP INDEX ix_external_events_deleted_at;

DROP INDEX ix_external_events_created_at;

DROP TABLE external_events;

DROP INDEX ix_email_logs_to_email_addr;

DROP INDEX ix_email_logs_status;

DROP INDEX ix_email_logs_processor_id;

DROP INDEX ix_email_logs_organization_id;

DROP INDEX ix_email_logs_deleted_at;

DROP INDEX ix_email_logs_created_at;

DROP TABLE email_logs;

DROP INDEX ix_customers_short_id;

DROP INDEX ix_customers_search_vector;

DROP INDEX ix_customers_organization_id_email_not_null;

DROP INDEX ix_customers_organization_id;

DROP INDEX ix_customers_meters_updated_at;

DROP INDEX ix_customers_meters_dirtied_at;

DROP INDEX ix_customers_external_id_pattern;

DROP INDEX ix_customers_email_not_null;

DROP INDEX ix_customers_deleted_at;

DROP INDEX ix_customers_default_payment_method_id;

DROP INDEX ix_customers_created_at;

DROP TABLE customers;

DROP FUNCTION IF EXISTS generate_customer_short_id(timestamp with time zone);

DROP SEQUENCE IF EXISTS customer_short_id_seq;

DROP INDEX ix_checkouts_subscription_id;

DROP INDEX ix_checkouts_status;

DROP INDEX ix_checkouts_payment_processor;

DROP INDEX ix_checkouts_organization_id;

DROP INDEX ix_checkouts_expires_at;

DROP INDEX ix_checkouts_deleted_at;

DROP INDEX ix_checkouts_created_at;

DROP INDEX ix_checkouts_client_secret;

DROP TABLE checkouts;

DROP INDEX ix_checkout_products_deleted_at;

DROP INDEX ix_checkout_products_created_at;

DROP TABLE checkout_products;

DROP INDEX ix_campaigns_deleted_at;

DROP INDEX ix_campaigns_created_at;

DROP INDEX ix_campaigns_code;

DROP TABLE campaigns;

DROP EXTENSION "citext";

DROP EXTENSION "uuid-ossp";
