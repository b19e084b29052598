//! The form in which `migrations!()` embeds a validated set: one string
//! literal, decoded on first use. rustc reads a long literal in no time,
//! whereas thousands of `const fn` calls over nested slices take it seconds
//! to type-check (and gigabytes at 10,000 revisions).
//!
//! Each field is `<byte length>:<bytes>`; numbers are `<decimal>;`. Decoding
//! borrows every text (the SQL included) from the literal.
//!
//! The set's `migrate.toml` settings come first (version 3 on): dialect,
//! lint severities and release, runner; never its `url`, which belongs to
//! the machine the CLI runs on, not to a binary.

use std::borrow::Cow;
use std::time::Duration;

use crate::checksum::Checksum;
use crate::lint::rule::{Rule, Severity};
use crate::revision::Revision;
use crate::settings::{LintSettings, RunnerSettings, Settings, SqlDialect};

/// Version of the format, checked when decoding.
const VERSION: &str = "migrate-embed-3;";

/// Encodes validated revisions (in canonical order) and the set's settings
/// (less `url`).
pub fn encode(revisions: &[Revision], settings: &Settings) -> String {
    let mut out = String::from(VERSION);
    optional(&mut out, settings.dialect.map(SqlDialect::name));
    number(&mut out, settings.lint.severities.len());
    for (rule, severity) in &settings.lint.severities {
        text(&mut out, rule.name());
        text(&mut out, severity.name());
    }
    optional(&mut out, settings.lint.released.as_deref());
    let timeout = settings
        .runner
        .lock_timeout
        .map(|t| t.as_millis().to_string());
    optional(&mut out, timeout.as_deref());
    number(&mut out, settings.runner.lock_retries as usize);
    number(&mut out, revisions.len());
    for r in revisions {
        text(&mut out, r.id());
        text(&mut out, r.file());
        optional(&mut out, r.message());
        list(&mut out, r.down_revisions());
        list(&mut out, r.depends_on());
        list(&mut out, r.branch_labels());
        list(&mut out, r.lint_allow());
        // Flags: 1 transactional, 2 SQL check off, 4 code revision.
        number(
            &mut out,
            usize::from(r.is_transactional())
                | usize::from(!r.is_sql_checked()) << 1
                | usize::from(r.is_code()) << 2,
        );
        text(&mut out, r.up_sql());
        number(&mut out, r.up_line() as usize);
        optional(&mut out, r.down_sql());
        number(&mut out, r.down_line() as usize);
        text(&mut out, &r.checksum().to_string());
        numbers(&mut out, r.parent_indices());
        numbers(&mut out, r.dependency_indices());
    }
    out
}

fn number(out: &mut String, n: usize) {
    out.push_str(&n.to_string());
    out.push(';');
}

fn text(out: &mut String, s: &str) {
    out.push_str(&s.len().to_string());
    out.push(':');
    out.push_str(s);
}

fn optional(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => {
            out.push('+');
            text(out, s);
        }
        None => out.push('-'),
    }
}

fn list<'a>(out: &mut String, items: impl ExactSizeIterator<Item = &'a str>) {
    number(out, items.len());
    for item in items {
        text(out, item);
    }
}

fn numbers(out: &mut String, items: &[u32]) {
    number(out, items.len());
    for &item in items {
        number(out, item as usize);
    }
}

/// Decodes what [`encode`] produced, borrowing from the literal.
///
/// # Panics
///
/// If the text was not produced by `encode` of this version: the facade pins
/// the macro to the exact version of this crate, so that is a bug.
pub fn decode(encoded: &'static str) -> (Vec<Revision>, Settings) {
    let mut reader = Reader { rest: encoded };
    let decoded = reader
        .settings()
        .and_then(|settings| Some((reader.revisions()?, settings)));
    match decoded {
        Some(decoded) if reader.rest.is_empty() => decoded,
        _ => panic!("migrations embedded by migrations!() could not be decoded; the migraph-macros and migraph-core versions differ"),
    }
}

struct Reader {
    rest: &'static str,
}

impl Reader {
    fn settings(&mut self) -> Option<Settings> {
        self.rest = self.rest.strip_prefix(VERSION)?;
        let dialect = match self.optional()? {
            Some(name) => Some(SqlDialect::from_name(name)?),
            None => None,
        };
        let mut severities = Vec::new();
        for _ in 0..self.number()? {
            let rule = Rule::from_name(self.text()?)?;
            let severity = match self.text()? {
                "allow" => Severity::Allow,
                "warn" => Severity::Warn,
                "deny" => Severity::Deny,
                _ => return None,
            };
            severities.push((rule, severity));
        }
        let released = self.optional()?.map(str::to_owned);
        let lock_timeout = match self.optional()? {
            Some(ms) => Some(Duration::from_millis(ms.parse().ok()?)),
            None => None,
        };
        let lock_retries = u32::try_from(self.number()?).ok()?;
        Some(Settings {
            dialect,
            lint: LintSettings {
                severities,
                released,
            },
            runner: RunnerSettings {
                lock_timeout,
                lock_retries,
            },
            url: None,
            autogenerate: crate::settings::AutogenerateSettings::default(),
        })
    }

    fn revisions(&mut self) -> Option<Vec<Revision>> {
        let count = self.number()?;
        let mut revisions = Vec::with_capacity(count);
        for _ in 0..count {
            let flags;
            revisions.push(Revision {
                id: Cow::Borrowed(self.text()?),
                file: Cow::Borrowed(self.text()?),
                message: self.optional()?.map(Cow::Borrowed),
                down_revisions: self.list()?,
                depends_on: self.list()?,
                branch_labels: self.list()?,
                lint_allow: self.list()?,
                transactional: {
                    flags = self.number()?;
                    flags & 1 == 1
                },
                sql_check: flags & 2 == 0,
                code: flags & 4 != 0,
                up: Cow::Borrowed(self.text()?),
                up_line: self.number()? as u32,
                down: self.optional()?.map(Cow::Borrowed),
                down_line: self.number()? as u32,
                checksum: self.text()?.parse::<Checksum>().ok()?,
                parents: Cow::Owned(self.numbers()?),
                dependencies: Cow::Owned(self.numbers()?),
            });
        }
        Some(revisions)
    }

    fn number(&mut self) -> Option<usize> {
        let (digits, rest) = self.rest.split_once(';')?;
        self.rest = rest;
        digits.parse().ok()
    }

    fn text(&mut self) -> Option<&'static str> {
        let (len, rest) = self.rest.split_once(':')?;
        let len: usize = len.parse().ok()?;
        let text = rest.get(..len)?;
        self.rest = &rest[len..];
        Some(text)
    }

    fn optional(&mut self) -> Option<Option<&'static str>> {
        if let Some(rest) = self.rest.strip_prefix('-') {
            self.rest = rest;
            return Some(None);
        }
        self.rest = self.rest.strip_prefix('+')?;
        self.text().map(Some)
    }

    fn list(&mut self) -> Option<Cow<'static, [Cow<'static, str>]>> {
        let count = self.number()?;
        let mut items = Vec::with_capacity(count);
        for _ in 0..count {
            items.push(Cow::Borrowed(self.text()?));
        }
        Some(Cow::Owned(items))
    }

    fn numbers(&mut self) -> Option<Vec<u32>> {
        let count = self.number()?;
        (0..count)
            .map(|_| self.number().map(|n| n as u32))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Migrations;

    #[test]
    fn round_trip_equals_the_loaded_revisions() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrations");
        let loaded = Migrations::load(&dir).unwrap();
        let encoded: &'static str =
            Box::leak(encode(loaded.revisions(), loaded.settings()).into_boxed_str());
        assert_eq!(decode(encoded).0, loaded.revisions());
    }

    #[test]
    fn settings_survive_but_the_url() {
        let settings = Settings::parse(
            "m/migrate.toml",
            "dialect = \"postgres\"\nurl = \"postgres://u:secret@db/app\"\n[lint]\ndeny = [\"drop-table\"]\nallow = [\"not-rerunnable\"]\nreleased = \"a1\"\n[runner]\nlock_timeout = \"1500ms\"\nlock_retries = 4\n",
        )
        .unwrap();
        let encoded: &'static str = Box::leak(encode(&[], &settings).into_boxed_str());
        assert!(!encoded.contains("secret"), "{encoded}");
        let (revisions, decoded) = decode(encoded);
        assert!(revisions.is_empty());
        assert_eq!(
            decoded,
            Settings {
                url: None,
                ..settings
            }
        );
        let (_, empty) = decode(Box::leak(
            encode(&[], &Settings::default()).into_boxed_str(),
        ));
        assert_eq!(empty, Settings::default());
    }

    #[test]
    fn odd_text_survives() {
        let dir = std::env::temp_dir().join(format!("migrate-encoding-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("a1_x.sql"),
            "-- revision: a1\n-- down_revision: none\n-- message: 12:34; colons; é\n-- lint_allow: drop-table, lock-table\n\n-- migrate:up\nSELECT '5:abc;' -- 日本\n\n-- migrate:down irreversible\n",
        )
        .unwrap();
        let loaded = Migrations::load(&dir).unwrap();
        let encoded: &'static str =
            Box::leak(encode(loaded.revisions(), loaded.settings()).into_boxed_str());
        assert_eq!(decode(encoded).0, loaded.revisions());
        assert_eq!(
            decode(encoded).0[0].lint_allow().collect::<Vec<_>>(),
            ["drop-table", "lock-table"]
        );
    }

    #[test]
    #[should_panic(expected = "could not be decoded")]
    fn foreign_text_is_refused() {
        decode("something else");
    }
}
