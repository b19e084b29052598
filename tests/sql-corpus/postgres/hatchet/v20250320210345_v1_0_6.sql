-- revision: v20250320210345
-- down_revision: v20250319192344
-- message: hatchet-dev/hatchet v1_0_6

-- migrate:up
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION get_refill_value(rate_limit "RateLimit")
RETURNS INTEGER AS $$
DECLARE
    refill_amount INTEGER;
BEGIN
    IF (NOW() - rate_limit."lastRefill") >= (rate_limit."window"::INTERVAL - INTERVAL '10 milliseconds') THEN
        refill_amount := rate_limit."limitValue";
    ELSE
        refill_amount := rate_limit."value";
    END IF;
    RETURN refill_amount;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION get_refill_value(rate_limit "RateLimit")
RETURNS INTEGER AS $$
DECLARE
    refill_amount INTEGER;
BEGIN
    IF (NOW() - rate_limit."lastRefill") >= (rate_limit."window"::INTERVAL) THEN
        refill_amount := rate_limit."limitValue";
    ELSE
        refill_amount := rate_limit."value";
    END IF;
    RETURN refill_amount;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd
