//! MySQL (and SQLite) statements read as words: no parser of these dialects
//! is trusted (see `docs/lint.md`), so only statements whose meaning the
//! first few words settle are read: `CREATE TABLE`, `DROP TABLE`,
//! `RENAME TABLE`, `ALTER TABLE` with `ADD`/`DROP`/`CHANGE`/`MODIFY`/
//! `RENAME` clauses, `CREATE INDEX`, `DROP INDEX`, `LOCK TABLES`. Anything
//! else is left alone.

use super::facts::{Facts, Hazard};
use super::rule::Rule;
use crate::lex::{self, Kind};
use crate::split::Dialect;

/// A word of a statement: an identifier or keyword (unquoted, upper-cased
/// for keywords), a quoted name, or one punctuation character.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    text: String,
    quoted: bool,
}

impl Word {
    fn is(&self, keyword: &str) -> bool {
        !self.quoted && self.text.eq_ignore_ascii_case(keyword)
    }

    fn name(&self) -> String {
        if self.quoted {
            self.text.clone()
        } else {
            self.text.to_lowercase()
        }
    }
}

/// The words of one statement, read by the shared lexer: comments and
/// whitespace left out, a string (its text does not matter here) as `'`,
/// numbers and punctuation kept as words.
fn words(sql: &str, dialect: Dialect) -> Vec<Word> {
    lex::tokens(sql, dialect)
        .significant()
        .map(|token| {
            let (text, quoted) = match token.kind {
                Kind::QuotedName => (token.name().into_owned(), true),
                Kind::String | Kind::DollarString => ("'".to_owned(), false),
                _ => (token.text.to_owned(), false),
            };
            Word { text, quoted }
        })
        .collect()
}

/// A name at `words[i..]`, qualified (`db.t`) or not; returns it and the
/// index after it.
fn name_at(words: &[Word], i: usize) -> Option<(String, usize)> {
    let first = words.get(i)?;
    if !first.quoted
        && !first
            .text
            .starts_with(|c: char| c.is_alphanumeric() || c == '_')
    {
        return None;
    }
    let mut name = first.name();
    let mut next = i + 1;
    while words.get(next).is_some_and(|w| w.is(".")) {
        if let Some(part) = words.get(next + 1) {
            name = format!("{name}.{}", part.name());
        }
        next += 2;
    }
    Some((name, next))
}

/// Whether `words[i..]` starts with these keywords.
fn starts(words: &[Word], i: usize, keywords: &[&str]) -> bool {
    keywords
        .iter()
        .enumerate()
        .all(|(k, keyword)| words.get(i + k).is_some_and(|w| w.is(keyword)))
}

/// Splits `words` at commas outside parentheses.
fn clauses(words: &[Word]) -> Vec<&[Word]> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, word) in words.iter().enumerate() {
        match word.text.as_str() {
            "(" if !word.quoted => depth += 1,
            ")" if !word.quoted => depth -= 1,
            "," if !word.quoted && depth == 0 => {
                out.push(&words[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&words[start..]);
    out
}

/// The facts of one statement. `mysql` adds the rules that only MySQL's
/// implicit commits and table copies make hazards; SQLite gets the
/// backward-compatibility rules only.
pub(crate) fn facts(sql: &str, mysql: bool) -> Facts {
    let dialect = if mysql {
        Dialect::Mysql
    } else {
        Dialect::Sqlite
    };
    let words = words(sql, dialect);
    let mut facts = Facts::default();
    let hazard = |facts: &mut Facts, rule: Rule, table: &str, what: String| {
        facts.hazards.push(Hazard {
            rule,
            table: Some(table.to_owned()),
            what,
        })
    };
    if starts(&words, 0, &["CREATE"]) {
        let mut i = 1;
        while words
            .get(i)
            .is_some_and(|w| w.is("TEMPORARY") || w.is("OR") || w.is("REPLACE"))
        {
            i += 1;
        }
        if starts(&words, i, &["TABLE"]) {
            let temporary = words[1].is("TEMPORARY");
            let guarded = starts(&words, i + 1, &["IF", "NOT", "EXISTS"]);
            let at = if guarded { i + 4 } else { i + 1 };
            if let Some((name, _)) = name_at(&words, at) {
                if !temporary {
                    facts.creates.push(name.clone());
                }
                if !guarded {
                    facts.not_rerunnable =
                        Some(format!("CREATE TABLE {name} without IF NOT EXISTS"));
                }
            }
        } else {
            let mut i = 1;
            while words
                .get(i)
                .is_some_and(|w| w.is("UNIQUE") || w.is("FULLTEXT") || w.is("SPATIAL"))
            {
                i += 1;
            }
            if starts(&words, i, &["INDEX"]) {
                let guarded = starts(&words, i + 1, &["IF", "NOT", "EXISTS"]);
                let at = if guarded { i + 4 } else { i + 1 };
                if let Some((index, next)) = name_at(&words, at) {
                    if starts(&words, next, &["ON"]) {
                        if let Some((table, _)) = name_at(&words, next + 1) {
                            facts.locks.push(table.clone());
                            facts.indexes.push((index.clone(), table));
                        }
                    }
                    if !guarded {
                        facts.not_rerunnable =
                            Some(format!("CREATE INDEX {index} without IF NOT EXISTS"));
                    }
                }
            }
        }
    } else if starts(&words, 0, &["DROP", "TABLE"]) {
        let guarded = starts(&words, 2, &["IF", "EXISTS"]);
        let from = if guarded { 4 } else { 2 };
        for clause in clauses(&words[from.min(words.len())..]) {
            if let Some((table, _)) = name_at(clause, 0) {
                hazard(
                    &mut facts,
                    Rule::DropTable,
                    &table,
                    format!("DROP TABLE {table}: the running application version may still use it"),
                );
                facts.locks.push(table.clone());
                facts.drops.push(table);
            }
        }
        if !guarded {
            facts.not_rerunnable = Some("DROP TABLE without IF EXISTS".to_owned());
        }
    } else if starts(&words, 0, &["DROP", "INDEX"]) {
        if !starts(&words, 2, &["IF", "EXISTS"]) {
            facts.not_rerunnable = Some("DROP INDEX without IF EXISTS".to_owned());
        }
    } else if starts(&words, 0, &["RENAME", "TABLE"]) {
        for clause in clauses(&words[2..]) {
            if let Some((from, next)) = name_at(clause, 0) {
                if let Some((to, _)) = name_at(clause, next + 1) {
                    rename_table(&mut facts, from, to);
                }
            }
        }
    } else if starts(&words, 0, &["ALTER", "TABLE"]) {
        let at = if starts(&words, 2, &["IF", "EXISTS"]) {
            4
        } else {
            2
        };
        let Some((table, next)) = name_at(&words, at) else {
            return facts;
        };
        facts.locks.push(table.clone());
        for clause in clauses(&words[next..]) {
            alter_clause(&mut facts, &table, clause, mysql);
        }
    } else if starts(&words, 0, &["LOCK", "TABLES"]) || starts(&words, 0, &["LOCK", "TABLE"]) {
        for clause in clauses(&words[2..]) {
            if let Some((table, _)) = name_at(clause, 0) {
                hazard(
                    &mut facts,
                    Rule::LockTable,
                    &table,
                    format!("LOCK TABLES {table}: blocks others until UNLOCK TABLES"),
                );
            }
        }
    }
    if !mysql {
        facts.hazards.retain(|h| {
            matches!(
                h.rule,
                Rule::DropTable | Rule::DropColumn | Rule::RenameColumn | Rule::RenameTable
            )
        });
        facts.not_rerunnable = None;
        facts.locks.clear();
    }
    facts
}

fn rename_table(facts: &mut Facts, from: String, to: String) {
    facts.hazards.push(Hazard {
        rule: Rule::RenameTable,
        table: Some(from.clone()),
        what: format!("RENAME {from} TO {to}: the running application version still uses {from}"),
    });
    facts.locks.push(from.clone());
    facts.renames.push((from, to));
}

/// One clause of `ALTER TABLE t ...`.
fn alter_clause(facts: &mut Facts, table: &str, clause: &[Word], mysql: bool) {
    let hazard = |facts: &mut Facts, rule: Rule, what: String| {
        facts.hazards.push(Hazard {
            rule,
            table: Some(table.to_owned()),
            what,
        })
    };
    let Some(first) = clause.first() else {
        return;
    };
    let is_key = |w: Option<&Word>| {
        w.is_some_and(|w| {
            [
                "INDEX",
                "KEY",
                "UNIQUE",
                "PRIMARY",
                "FOREIGN",
                "CONSTRAINT",
                "CHECK",
                "FULLTEXT",
                "SPATIAL",
                "PARTITION",
            ]
            .iter()
            .any(|k| w.is(k))
        })
    };
    if first.is("ADD") && !is_key(clause.get(1)) {
        let mut i = 1;
        if clause.get(i).is_some_and(|w| w.is("COLUMN")) {
            i += 1;
        }
        let guarded = starts(clause, i, &["IF", "NOT", "EXISTS"]);
        if !guarded {
            let column = name_at(clause, i).map(|(c, _)| c).unwrap_or_default();
            facts.not_rerunnable = Some(format!("ADD COLUMN {column} without IF NOT EXISTS"));
        }
    } else if first.is("DROP") && !is_key(clause.get(1)) {
        let mut i = 1;
        if clause.get(i).is_some_and(|w| w.is("COLUMN")) {
            i += 1;
        }
        let guarded = starts(clause, i, &["IF", "EXISTS"]);
        let at = if guarded { i + 2 } else { i };
        if let Some((column, _)) = name_at(clause, at) {
            if !guarded {
                facts.not_rerunnable = Some(format!("DROP COLUMN {column} without IF EXISTS"));
            }
            hazard(
                facts,
                Rule::DropColumn,
                format!("DROP COLUMN {column} of {table}: the running application version may still read it"),
            );
        }
    } else if first.is("RENAME")
        && !clause
            .get(1)
            .is_some_and(|w| w.is("COLUMN") || w.is("INDEX") || w.is("KEY"))
    {
        let at = if clause.get(1).is_some_and(|w| w.is("TO") || w.is("AS")) {
            2
        } else {
            1
        };
        if let Some((to, _)) = name_at(clause, at) {
            rename_table(facts, table.to_owned(), to);
        }
    } else if first.is("RENAME") && clause.get(1).is_some_and(|w| w.is("COLUMN")) {
        if let Some((from, next)) = name_at(clause, 2) {
            let to = name_at(clause, next + 1)
                .map(|(t, _)| t)
                .unwrap_or_default();
            hazard(
                facts,
                Rule::RenameColumn,
                format!("RENAME COLUMN {from} TO {to} on {table}: the running application version still uses {from}"),
            );
        }
    } else if first.is("CHANGE") && mysql {
        let i = if clause.get(1).is_some_and(|w| w.is("COLUMN")) {
            2
        } else {
            1
        };
        if let Some((from, next)) = name_at(clause, i) {
            if let Some((to, _)) = name_at(clause, next) {
                if from != to {
                    hazard(
                        facts,
                        Rule::RenameColumn,
                        format!("CHANGE {from} {to} on {table}: renames the column the running application version still uses"),
                    );
                }
                hazard(
                    facts,
                    Rule::AlterColumnType,
                    format!("CHANGE COLUMN {from} on {table}: a new definition may copy the table, blocking writes"),
                );
            }
        }
    } else if first.is("MODIFY") && mysql {
        let i = if clause.get(1).is_some_and(|w| w.is("COLUMN")) {
            2
        } else {
            1
        };
        if let Some((column, _)) = name_at(clause, i) {
            hazard(
                facts,
                Rule::AlterColumnType,
                format!("MODIFY COLUMN {column} on {table}: a new definition may copy the table, blocking writes"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(sql: &str, mysql: bool) -> Vec<(Rule, Option<String>)> {
        facts(sql, mysql)
            .hazards
            .into_iter()
            .map(|h| (h.rule, h.table))
            .collect()
    }

    fn on(rule: Rule, table: &str) -> (Rule, Option<String>) {
        (rule, Some(table.to_owned()))
    }

    #[test]
    fn mysql_statements() {
        assert_eq!(
            rules("ALTER TABLE `users` DROP COLUMN `age`, MODIFY name varchar(300) NOT NULL, ADD INDEX i (x), DROP INDEX j;", true),
            [on(Rule::DropColumn, "users"), on(Rule::AlterColumnType, "users")]
        );
        assert_eq!(
            rules("ALTER TABLE t CHANGE a b int;", true),
            [on(Rule::RenameColumn, "t"), on(Rule::AlterColumnType, "t")]
        );
        assert_eq!(rules("RENAME TABLE a TO b, c TO d;", true).len(), 2);
        assert_eq!(
            rules("ALTER TABLE a RENAME TO b;", true),
            [on(Rule::RenameTable, "a")]
        );
        assert_eq!(
            rules("ALTER TABLE a RENAME COLUMN x TO y;", true),
            [on(Rule::RenameColumn, "a")]
        );
        let created = facts(
            "CREATE TABLE IF NOT EXISTS db.t (id int, note text DEFAULT 'a, b')",
            true,
        );
        assert_eq!(created.creates, ["db.t"]);
        assert!(created.not_rerunnable.is_none());
        assert!(facts("CREATE TABLE t (id int)", true)
            .not_rerunnable
            .is_some());
        assert!(facts("ALTER TABLE t ADD COLUMN x int", true)
            .not_rerunnable
            .is_some());
        assert!(facts("ALTER TABLE t ADD COLUMN IF NOT EXISTS x int", true)
            .not_rerunnable
            .is_none());
        assert_eq!(rules("DROP TABLE IF EXISTS a, `b`;", true).len(), 2);
        assert_eq!(
            rules("LOCK TABLES t WRITE;", true),
            [on(Rule::LockTable, "t")]
        );
        assert!(rules("INSERT INTO t VALUES ('DROP TABLE x')", true).is_empty());
    }

    #[test]
    fn rules_the_old_readers_disagreed_on() {
        // A comment between clauses hides none of them.
        assert_eq!(
            rules("ALTER TABLE t /* no longer read */ DROP COLUMN c;", true),
            [on(Rule::DropColumn, "t")]
        );
        assert_eq!(
            rules("ALTER TABLE t -- why\n  DROP COLUMN c, MODIFY d int;", true),
            [on(Rule::DropColumn, "t"), on(Rule::AlterColumnType, "t")]
        );
        // `''` inside a string, and a name with a doubled backtick.
        assert_eq!(
            rules(
                "ALTER TABLE `a``b` ADD COLUMN n text DEFAULT 'it''s', DROP COLUMN c;",
                true
            ),
            [on(Rule::DropColumn, "a`b")]
        );
    }

    #[test]
    fn sqlite_gets_compatibility_rules_only() {
        assert_eq!(
            rules("ALTER TABLE t DROP COLUMN c", false),
            [on(Rule::DropColumn, "t")]
        );
        assert!(rules("ALTER TABLE t MODIFY c int", false).is_empty());
        assert!(facts("CREATE TABLE t (id int)", false)
            .not_rerunnable
            .is_none());
    }
}
