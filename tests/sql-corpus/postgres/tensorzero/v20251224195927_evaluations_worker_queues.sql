-- revision: v20251224195927
-- down_revision: v20250929000120
-- message: tensorzero/tensorzero evaluations_worker_queues

-- migrate:up
-- left out: the source revision calls durable.create_queue(), a function of the `durable` library's own schema, which this history does not make

-- migrate:down irreversible
