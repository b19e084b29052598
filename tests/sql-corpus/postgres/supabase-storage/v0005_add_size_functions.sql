-- revision: v0005
-- down_revision: v0004
-- message: supabase/storage add_size_functions

-- migrate:up
SET search_path TO storage, public;
drop function if exists storage.get_size_by_bucket();
CREATE OR REPLACE FUNCTION storage.get_size_by_bucket()
 RETURNS TABLE (
    size BIGINT,
    bucket text
  )
 LANGUAGE plpgsql
AS $function$
BEGIN
    return query
        select sum((metadata->>'size')::int) as size, bucket_id as bucket
        from "storage".objects
        group by bucket_id;
END
$function$;

-- migrate:down irreversible
