//! The PostgreSQL objects no revision of autogenerate writes (operators and
//! their classes and families, casts, foreign data wrappers, servers, user
//! mappings, procedural languages, access methods, conversions, text search
//! parsers and templates), read all the same: `verify` sees a down that
//! leaves one behind, and autogenerate and `check` see one that differs
//! between the head and the desired schema, where they would otherwise say
//! "no changes" over it. Only the user's own: not built in, not an
//! extension's member.
//!
//! Each object is one fact, its definition as one line, in words close to
//! the `CREATE` statement's options; a user mapping's options only as an
//! md5 (they hold passwords), read from the `pg_user_mappings` view, which
//! any role may read.

use super::postgres_scope::{
    named_in_schema, not_an_extension_member, FIRST_USER_OID, USER_SCHEMA,
};

/// The kinds of the facts [`bodies`] reads.
pub(super) const KINDS: [&str; 11] = [
    "operator",
    "operator class",
    "operator family",
    "cast",
    "foreign data wrapper",
    "server",
    "user mapping",
    "language",
    "access method",
    "conversion",
    "text search parser",
];

/// One `SELECT` of the read's six columns per kind: the kind, the name,
/// no part, `definition` and the line.
pub(super) fn bodies() -> Vec<String> {
    let fact = |kind: &str, name: &str, definition: &str, from: &str| {
        format!(
            "SELECT '{kind}', {name}, NULL::text, NULL::text, 'definition', {definition}
             FROM {from}"
        )
    };
    let family_members = "concat_ws('; ',
            (SELECT string_agg(format('operator %s %s', o.amopstrategy, o.amopopr::regoperator),
                               ', ' ORDER BY o.amopstrategy, o.amopopr::regoperator::text)
             FROM pg_amop o WHERE o.amopfamily = f.oid),
            (SELECT string_agg(format('function %s %s', p.amprocnum, p.amproc::oid::regprocedure),
                               ', ' ORDER BY p.amprocnum, p.amproc::oid::regprocedure::text)
             FROM pg_amproc p WHERE p.amprocfamily = f.oid))";
    vec![
        fact(
            "operator",
            "op.oid::regoperator::text",
            "concat_ws(', ', 'function ' || op.oprcode::oid::regprocedure::text,
                'commutator ' || NULLIF(op.oprcom, 0)::regoperator::text,
                'negator ' || NULLIF(op.oprnegate, 0)::regoperator::text,
                'restrict ' || NULLIF(op.oprrest::oid, 0)::regprocedure::text,
                'join ' || NULLIF(op.oprjoin::oid, 0)::regprocedure::text,
                CASE WHEN op.oprcanhash THEN 'hashes' END,
                CASE WHEN op.oprcanmerge THEN 'merges' END)",
            &format!(
                "pg_operator op JOIN pg_namespace n ON n.oid = op.oprnamespace
                 WHERE op.oid >= {FIRST_USER_OID} AND {USER_SCHEMA}
                   AND {}",
                not_an_extension_member("pg_operator", "op.oid")
            ),
        ),
        fact(
            "operator class",
            "o.name || ' using ' || am.amname",
            "concat_ws(', ', 'for type ' || c.opcintype::regtype::text,
                CASE WHEN c.opcdefault THEN 'default' END,
                'family ' || (SELECT fn.nspname || '.' || f.opfname FROM pg_opfamily f
                    JOIN pg_namespace fn ON fn.oid = f.opfnamespace WHERE f.oid = c.opcfamily),
                'storage ' || NULLIF(c.opckeytype, 0)::regtype::text)",
            &format!(
                "pg_opclass c JOIN {} o ON o.oid = c.oid JOIN pg_am am ON am.oid = c.opcmethod",
                named_in_schema("pg_opclass", "opcname", "opcnamespace")
            ),
        ),
        fact(
            "operator family",
            "o.name || ' using ' || am.amname",
            family_members,
            &format!(
                "pg_opfamily f JOIN {} o ON o.oid = f.oid JOIN pg_am am ON am.oid = f.opfmethod",
                named_in_schema("pg_opfamily", "opfname", "opfnamespace")
            ),
        ),
        fact(
            "cast",
            "format('(%s AS %s)', c.castsource::regtype, c.casttarget::regtype)",
            "concat_ws(', ', CASE c.castmethod WHEN 'f' THEN 'with function '
                    || c.castfunc::regprocedure::text WHEN 'i' THEN 'with inout'
                    ELSE 'without function' END,
                CASE c.castcontext WHEN 'a' THEN 'as assignment' WHEN 'i' THEN 'as implicit' END)",
            &format!(
                "pg_cast c WHERE c.oid >= {FIRST_USER_OID} AND {}",
                not_an_extension_member("pg_cast", "c.oid")
            ),
        ),
        fact(
            "foreign data wrapper",
            "w.fdwname::text",
            "concat_ws(', ', 'handler ' || NULLIF(w.fdwhandler, 0)::regprocedure::text,
                'validator ' || NULLIF(w.fdwvalidator, 0)::regprocedure::text,
                'options ' || array_to_string(w.fdwoptions, ', '))",
            &format!(
                "pg_foreign_data_wrapper w WHERE w.oid >= {FIRST_USER_OID} AND {}",
                not_an_extension_member("pg_foreign_data_wrapper", "w.oid")
            ),
        ),
        fact(
            "server",
            "s.srvname::text",
            "concat_ws(', ', 'wrapper ' || (SELECT w.fdwname FROM pg_foreign_data_wrapper w
                    WHERE w.oid = s.srvfdw),
                'type ' || s.srvtype, 'version ' || s.srvversion,
                'options ' || array_to_string(s.srvoptions, ', '))",
            &format!(
                "pg_foreign_server s WHERE s.oid >= {FIRST_USER_OID} AND {}",
                not_an_extension_member("pg_foreign_server", "s.oid")
            ),
        ),
        fact(
            "user mapping",
            "m.usename || ' on ' || m.srvname",
            "'options md5 ' || md5(COALESCE(array_to_string(m.umoptions, ', '), ''))",
            "pg_user_mappings m",
        ),
        fact(
            "language",
            "l.lanname::text",
            "concat_ws(', ', CASE WHEN l.lanpltrusted THEN 'trusted' END,
                'handler ' || NULLIF(l.lanplcallfoid, 0)::regprocedure::text,
                'inline ' || NULLIF(l.laninline, 0)::regprocedure::text,
                'validator ' || NULLIF(l.lanvalidator, 0)::regprocedure::text)",
            &format!(
                "pg_language l WHERE l.oid >= {FIRST_USER_OID} AND {}",
                not_an_extension_member("pg_language", "l.oid")
            ),
        ),
        fact(
            "access method",
            "a.amname::text",
            "concat_ws(', ', CASE a.amtype WHEN 't' THEN 'table' WHEN 'i' THEN 'index' END,
                'handler ' || a.amhandler::oid::regprocedure::text)",
            &format!(
                "pg_am a WHERE a.oid >= {FIRST_USER_OID} AND {}",
                not_an_extension_member("pg_am", "a.oid")
            ),
        ),
        fact(
            "conversion",
            "o.name",
            "concat_ws(', ', CASE WHEN c.condefault THEN 'default' END,
                'for ' || pg_encoding_to_char(c.conforencoding),
                'to ' || pg_encoding_to_char(c.contoencoding),
                'from ' || c.conproc::oid::regprocedure::text)",
            &format!(
                "pg_conversion c JOIN {} o ON o.oid = c.oid",
                named_in_schema("pg_conversion", "conname", "connamespace")
            ),
        ),
        fact(
            "text search parser",
            "o.name",
            "concat_ws(', ', 'start ' || p.prsstart::oid::regprocedure::text,
                'gettoken ' || p.prstoken::oid::regprocedure::text,
                'end ' || p.prsend::oid::regprocedure::text,
                'lextypes ' || p.prslextype::oid::regprocedure::text,
                'headline ' || NULLIF(p.prsheadline::oid, 0)::regprocedure::text)",
            &format!(
                "pg_ts_parser p JOIN {} o ON o.oid = p.oid",
                named_in_schema("pg_ts_parser", "prsname", "prsnamespace")
            ),
        ),
    ]
}
