-- revision: v0006
-- down_revision: v0005
-- message: supabase/storage change_column_name_in_get_size

-- migrate:up
SET search_path TO storage, public;
DROP FUNCTION IF EXISTS storage.get_size_by_bucket();
CREATE OR REPLACE FUNCTION storage.get_size_by_bucket()
 RETURNS TABLE (
    size BIGINT,
    bucket_id text
  )
 LANGUAGE plpgsql
AS $function$
BEGIN
    return query
        select sum((metadata->>'size')::int) as size, obj.bucket_id
        from "storage".objects as obj
        group by obj.bucket_id;
END
$function$;

-- migrate:down irreversible
