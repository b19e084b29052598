//! A set as `verify`'s walk in one transaction runs it
//! ([`super::one_transaction`]): each revision that is not transactional
//! made a transactional one, its index statements without `CONCURRENTLY`;
//! the temporary tables a step makes `ON COMMIT DROP`, to drop after it;
//! and a failed statement given back as the file writes it.

use std::borrow::Cow;

use crate::direction::Direction;
use crate::lex::{self, Kind};
use crate::{Dialect, Migrations, Revision};

/// `migrations` as the walk in one transaction runs them, where that
/// differs (`None` where it does not): each SQL revision that is not
/// transactional made transactional, its index statements without
/// `CONCURRENTLY` ([`without_concurrently`]). Such a revision stays out of
/// a transaction so as not to block writes while an index is built, and no
/// one writes in verify's transaction; the schema it leaves is the same.
/// Not where `CONCURRENTLY` fails where the plain form would not: in a set
/// with partitioned tables or hypertables (neither builds or drops an index
/// concurrently), or for a `DROP INDEX` of several indexes or `CASCADE`. A
/// statement that cannot run in a transaction block (`VACUUM`, `CREATE
/// DATABASE`, an index statement left as written) fails there (25001), and
/// the walk goes to a scratch database, where the revision runs as written.
pub(super) fn for_one_transaction(migrations: &Migrations) -> Option<Migrations> {
    let outside = |revision: &Revision| !revision.is_transactional() && !revision.is_code();
    if !migrations.revisions().iter().any(outside) {
        return None;
    }
    let strips = !migrations.revisions().iter().any(|revision| {
        [Direction::Up, Direction::Down]
            .into_iter()
            .any(|direction| partitions(revision.section(direction).0))
    });
    Some(migrations.map_revisions(|revision| {
        let mut revision = revision.clone();
        if outside(&revision) {
            revision.transactional = true;
            if strips {
                revision.up = Cow::Owned(without_concurrently(&revision.up));
                if let Some(down) = &revision.down {
                    revision.down = Some(Cow::Owned(without_concurrently(down)));
                }
            }
        }
        revision
    }))
}

/// The statement of `sql` (a section as written) that the walk ran as
/// `ran`, its `CONCURRENTLY` left out.
pub(super) fn as_written<'s>(sql: &'s str, ran: &str) -> Option<&'s str> {
    crate::split::split(sql, Dialect::Postgres)
        .into_iter()
        .map(|piece| piece.statement())
        .find(|statement| without_concurrently(statement) == ran)
}

/// Whether `sql` makes or names partitioned tables (`PARTITION BY`,
/// `PARTITION OF`, `ATTACH PARTITION`) or TimescaleDB's hypertables.
fn partitions(sql: &str) -> bool {
    let words: Vec<String> = lex::tokens(sql, Dialect::Postgres)
        .significant()
        .words()
        .collect();
    words.iter().any(|word| word.contains("HYPERTABLE"))
        || words.windows(2).any(|pair| {
            pair[0] == "PARTITION" && matches!(pair[1].as_str(), "BY" | "OF")
                || pair[0] == "ATTACH" && pair[1] == "PARTITION"
        })
}

/// `sql` with the word `CONCURRENTLY` of each `CREATE INDEX` and of each
/// `DROP INDEX` of one index without `CASCADE` written as spaces, so that
/// every statement keeps its line (a failure names the file's own).
fn without_concurrently(sql: &str) -> String {
    let mut out = sql.to_owned();
    let mut statement: Vec<lex::Token<'_>> = Vec::new();
    let tokens = lex::tokens(sql, Dialect::Postgres).significant();
    for token in tokens.chain(std::iter::once(lex::Token {
        kind: Kind::Semicolon,
        text: "",
        offset: sql.len(),
    })) {
        if token.kind != Kind::Semicolon {
            statement.push(token);
            continue;
        }
        let words: Vec<String> = statement
            .iter()
            .map(|token| match token.kind {
                Kind::Word => token.text.to_ascii_uppercase(),
                _ => token.text.to_owned(),
            })
            .collect();
        let creates = words.first().is_some_and(|w| w == "CREATE")
            && words.iter().take(3).any(|w| w == "INDEX");
        let drops_one = words.starts_with(&["DROP".to_owned(), "INDEX".to_owned()])
            && !words.iter().any(|w| w == "," || w == "CASCADE");
        if creates || drops_one {
            if let Some(word) = statement
                .iter()
                .take(4)
                .find(|token| token.text.eq_ignore_ascii_case("CONCURRENTLY"))
            {
                out.replace_range(word.offset..word.end(), &" ".repeat(word.text.len()));
            }
        }
        statement.clear();
    }
    out
}

/// The temporary tables that `sql`'s own statements make `ON COMMIT DROP`
/// (not its dynamic SQL's: those send the walk elsewhere), by the names
/// the statements give them.
pub(super) fn dropped_on_commit(sql: &str) -> Vec<String> {
    let mut dropped = Vec::new();
    let mut words: Vec<(String, &str)> = Vec::new();
    let tokens = lex::tokens(sql, Dialect::Postgres).significant();
    let end = lex::Token {
        kind: Kind::Semicolon,
        text: "",
        offset: sql.len(),
    };
    for token in tokens.chain([end]) {
        if token.kind != Kind::Semicolon {
            words.push((token.text.to_ascii_uppercase(), token.text));
            continue;
        }
        let upper: Vec<&str> = words.iter().map(|(word, _)| word.as_str()).collect();
        let temporary = upper.first() == Some(&"CREATE")
            && upper
                .iter()
                .take(4)
                .any(|w| *w == "TEMP" || *w == "TEMPORARY");
        let on_commit_drop = upper.windows(3).any(|w| w == ["ON", "COMMIT", "DROP"]);
        if let (true, true, Some(table)) = (
            temporary,
            on_commit_drop,
            upper.iter().position(|w| *w == "TABLE"),
        ) {
            let skip = if upper[table + 1..].starts_with(&["IF", "NOT", "EXISTS"]) {
                4
            } else {
                1
            };
            if let Some((_, name)) = words.get(table + skip) {
                dropped.push((*name).to_owned());
            }
        }
        words.clear();
    }
    dropped
}

#[cfg(test)]
mod tests {
    use super::{dropped_on_commit, partitions, without_concurrently};

    #[test]
    fn concurrently_is_left_out_of_index_statements_alone() {
        let sql = "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS a ON t (x);\n\
                   drop index concurrently a;\n\
                   DROP INDEX CONCURRENTLY b CASCADE;\n\
                   DROP INDEX CONCURRENTLY c, d;\n\
                   REINDEX INDEX CONCURRENTLY e;\n\
                   REFRESH MATERIALIZED VIEW CONCURRENTLY m;\n\
                   -- CREATE INDEX CONCURRENTLY in a comment\n\
                   SELECT 'CREATE INDEX CONCURRENTLY';\n\
                   create index concurrently on t (y)";
        let out = without_concurrently(sql);
        assert_eq!(out.len(), sql.len());
        assert_eq!(out.lines().count(), sql.lines().count());
        assert_eq!(out.to_ascii_uppercase().matches("CONCURRENTLY").count(), 6);
        for kept in [
            "CREATE UNIQUE INDEX              IF NOT EXISTS a",
            "drop index              a;",
            "DROP INDEX CONCURRENTLY b CASCADE;",
            "DROP INDEX CONCURRENTLY c, d;",
            "REINDEX INDEX CONCURRENTLY e;",
            "REFRESH MATERIALIZED VIEW CONCURRENTLY m;",
            "create index              on t (y)",
        ] {
            assert!(out.contains(kept), "{kept}\n{out}");
        }
    }

    #[test]
    fn partitioned_tables_and_hypertables_are_seen() {
        for sql in [
            "CREATE TABLE m (at date) PARTITION BY RANGE (at);",
            "CREATE TABLE m_2026 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
            "ALTER TABLE m ATTACH PARTITION m_2026 FOR VALUES IN (1);",
            "SELECT create_hypertable('metrics', 'time');",
        ] {
            assert!(partitions(sql), "{sql}");
        }
        assert!(!partitions(
            "CREATE TABLE t (partition integer); -- PARTITION BY"
        ));
    }

    #[test]
    fn temporary_tables_dropped_on_commit_are_named() {
        let sql = "CREATE TEMP TABLE a (x int) ON COMMIT DROP;\n\
                   create temporary table if not exists \"B\" on commit drop as select 1;\n\
                   CREATE TEMP TABLE c (x int);\n\
                   CREATE TEMP TABLE d (x int) ON COMMIT DELETE ROWS;\n\
                   DO $$ BEGIN EXECUTE 'CREATE TEMP TABLE e (x int) ON COMMIT DROP'; END $$;\n\
                   CREATE TABLE f (x int)";
        assert_eq!(dropped_on_commit(sql), ["a", "\"B\""]);
    }
}
