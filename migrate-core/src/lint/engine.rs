//! The walk over the graph: each revision's statements, read once (in
//! parallel), then judged in canonical order against what the revision's
//! ancestors created and whether those have reached the database.

use std::collections::{HashMap, HashSet};

use super::facts::{Arity, DefaultCall, Facts, FunctionChange, Hazard};
use super::rule::{Rule, Severity};
use super::{postgres, syntax, words};
use crate::migrations::Migrations;
use crate::revision::Revision;
use crate::settings::{Settings, SqlDialect, FILE_NAME};
use crate::split;

/// One hazard found in one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding {
    /// The revision id (for `missing-lock-timeout`, the first revision concerned).
    pub revision: String,
    /// The file, as the set names it (`migrate.toml` for set-wide findings).
    pub file: String,
    /// The 1-based line where the statement starts.
    pub line: u32,
    /// The line where it ends.
    pub end_line: u32,
    /// The rule.
    pub rule: Rule,
    /// Its severity for this set.
    pub severity: Severity,
    /// What happens, in one sentence.
    pub message: String,
    /// The statement's first line, shortened.
    pub excerpt: String,
    /// The table it locks or changes, as the catalog names it.
    pub table: Option<String>,
}

/// What a lint run found.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Report {
    /// The findings, in canonical order of their revisions, then by line;
    /// rules at `allow` severity left out.
    pub findings: Vec<Finding>,
    /// Hazards not reported because their table is new: created in the same
    /// revision, or by one not yet applied to the database (or released).
    pub on_new_tables: Vec<Finding>,
    /// How many revisions were linted.
    pub linted: usize,
}

/// Which revisions to lint, and which of them have reached the database.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Scope<'a> {
    /// Lint the directory: every revision, or those after `[lint] released`
    /// when `migrate.toml` names one.
    Directory,
    /// Lint the revisions pending on a database whose applied revisions are
    /// these; tables that pending revisions create count as new.
    Database(&'a HashSet<String>),
}

/// A statement as read, before judging.
struct Statement {
    facts: Facts,
    line: u32,
    end_line: u32,
    excerpt: String,
    text: String,
}

/// Lints `migrations` written in `dialect`.
///
/// # Errors
///
/// When `[lint] released` names a revision the set does not have.
pub fn lint(
    migrations: &Migrations,
    dialect: SqlDialect,
    settings: &Settings,
    scope: Scope<'_>,
) -> Result<Report, String> {
    let revisions = migrations.revisions();
    let ancestors = ancestor_sets(revisions);
    let released: Vec<bool> = match scope {
        Scope::Database(applied) => revisions.iter().map(|r| applied.contains(r.id())).collect(),
        Scope::Directory => match &settings.lint.released {
            None => vec![true; revisions.len()],
            Some(id) => {
                let Some(at) = revisions.iter().position(|r| r.id() == id) else {
                    return Err(format!(
                        "{}: lint.released names revision '{id}', which is not in the set",
                        settings_path(migrations.dir())
                    ));
                };
                (0..revisions.len())
                    .map(|i| i == at || ancestors[at].contains(i))
                    .collect()
            }
        },
    };
    let linted: Vec<bool> = match (scope, &settings.lint.released) {
        (Scope::Directory, None) => vec![true; revisions.len()],
        _ => released.iter().map(|r| !r).collect(),
    };
    let read = read_all(revisions, dialect);
    let mut walk = Walk {
        dialect,
        settings,
        ancestors: &ancestors,
        released: &released,
        tables: HashMap::new(),
        indexes: HashMap::new(),
        not_null: HashSet::new(),
        unvalidated: HashMap::new(),
        functions: HashMap::new(),
        report: Report::default(),
        lock_timeout_missing: Vec::new(),
    };
    for (index, (revision, statements)) in revisions.iter().zip(read).enumerate() {
        walk.revision(index, revision, &statements, linted[index]);
    }
    walk.report.linted = linted.iter().filter(|l| **l).count();
    walk.lock_timeout(migrations.dir());
    Ok(walk.report)
}

/// `dir/migrate.toml`.
fn settings_path(dir: &str) -> String {
    let dir = dir.trim_end_matches('/');
    if dir.is_empty() || dir == "." {
        FILE_NAME.to_owned()
    } else {
        format!("{dir}/{FILE_NAME}")
    }
}

/// For each revision, the set of revisions it requires, directly or not.
fn ancestor_sets(revisions: &[Revision]) -> Vec<BitSet> {
    let mut sets: Vec<BitSet> = Vec::with_capacity(revisions.len());
    for revision in revisions {
        let mut set = BitSet::new(revisions.len());
        for parent in revision.requires() {
            set.insert(parent);
            set.union(&sets[parent]);
        }
        sets.push(set);
    }
    sets
}

/// A fixed-size set of revision positions.
struct BitSet(Vec<u64>);

impl BitSet {
    fn new(len: usize) -> Self {
        BitSet(vec![0; len.div_ceil(64)])
    }

    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    fn union(&mut self, other: &BitSet) {
        for (word, theirs) in self.0.iter_mut().zip(&other.0) {
            *word |= theirs;
        }
    }
}

/// Below this many revisions per thread, a thread costs more than it saves.
const MIN_REVISIONS_PER_THREAD: usize = 64;

/// Every revision's up section read into statements, on a few threads.
fn read_all(revisions: &[Revision], dialect: SqlDialect) -> Vec<Vec<Statement>> {
    crate::parallel::map(revisions, MIN_REVISIONS_PER_THREAD, |r| read(r, dialect))
}

/// One revision's up section as statements with their facts.
fn read(revision: &Revision, dialect: SqlDialect) -> Vec<Statement> {
    let sql = revision.up_sql();
    let first_line = revision.up_line();
    let line_at = |offset: usize| first_line + sql[..offset].matches('\n').count() as u32;
    let mut out = Vec::new();
    match dialect {
        SqlDialect::Postgres => {
            let tree = syntax::Tree::parse(sql);
            for statement in tree.statements() {
                let (start, end) = (statement.offset(), statement.end());
                if end <= start {
                    continue;
                }
                let text = &sql[start..end];
                out.push(Statement {
                    facts: postgres::facts(statement),
                    line: line_at(start),
                    end_line: line_at(end),
                    excerpt: excerpt(text),
                    text: text.to_owned(),
                });
            }
        }
        SqlDialect::Mysql | SqlDialect::Sqlite => {
            for piece in split::split(sql, dialect) {
                if piece.is_blank {
                    continue;
                }
                let text = piece.statement();
                let start = piece.offset + piece.lead;
                out.push(Statement {
                    facts: words::facts(text, dialect == SqlDialect::Mysql),
                    line: line_at(start),
                    end_line: line_at(start + text.len()),
                    excerpt: excerpt(text),
                    text: text.to_owned(),
                });
            }
        }
    }
    out
}

/// The first line of a statement, at most 80 characters.
fn excerpt(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() > 80 {
        format!("{} ...", line.chars().take(76).collect::<String>())
    } else if text.trim().contains('\n') {
        format!("{line} ...")
    } else {
        line.to_owned()
    }
}

/// Where a table came from: the revision that created it (`None`: before
/// the history, or outside it).
type Origin = Option<usize>;

/// One revision's change to the overloads of a function name.
#[derive(Debug, Clone)]
enum Overloads {
    /// An overload is created (or replaced: same number of parameters).
    Define { arity: Arity, volatile: bool },
    /// The overload with this many parameters (every one: `None`) gets a
    /// volatility.
    SetVolatile {
        declared: Option<usize>,
        volatile: bool,
    },
    /// The overload with this many parameters (every one: `None`) is gone.
    Drop { declared: Option<usize> },
}

/// The state of the walk.
struct Walk<'a> {
    dialect: SqlDialect,
    settings: &'a Settings,
    ancestors: &'a [BitSet],
    released: &'a [bool],
    /// Table name: the revisions that created (or renamed into) it, with
    /// the revision each table's data comes from.
    tables: HashMap<String, Vec<(usize, Origin)>>,
    /// Index name: its table.
    indexes: HashMap<String, String>,
    /// `(table, column)` proven NOT NULL by a validated CHECK.
    not_null: HashSet<(String, String)>,
    /// `(table, constraint)` of a NOT VALID `CHECK (col IS NOT NULL)`: col.
    unvalidated: HashMap<(String, String), String>,
    /// Function name: what each revision did to its overloads, in the
    /// order of the walk.
    functions: HashMap<String, Vec<(usize, Overloads)>>,
    report: Report,
    /// Revisions (id, file, line) whose locks on existing tables run
    /// without a lock timeout.
    lock_timeout_missing: Vec<(String, String, u32)>,
}

impl Walk<'_> {
    /// Where `table`'s data comes from, as revision `at` sees it.
    fn origin(&self, local: &HashMap<String, Origin>, at: usize, table: &str) -> Origin {
        if let Some(origin) = local.get(table) {
            return *origin;
        }
        self.tables
            .get(table)
            .and_then(|entries| {
                entries
                    .iter()
                    .rev()
                    .find(|(by, _)| self.ancestors[at].contains(*by))
            })
            .and_then(|(_, origin)| *origin)
    }

    /// Whether `table` holds no data anyone uses yet, as revision `at` sees it.
    fn is_new(&self, local: &HashMap<String, Origin>, at: usize, table: &str) -> bool {
        match self.origin(local, at, table) {
            Some(by) => by == at || !self.released[by],
            None => false,
        }
    }

    fn revision(&mut self, at: usize, revision: &Revision, statements: &[Statement], linted: bool) {
        let allowed: Vec<Rule> = revision.lint_allow().filter_map(Rule::from_name).collect();
        let mut local: HashMap<String, Origin> = HashMap::new();
        // Constraints this revision added NOT VALID: validating them in the
        // same transaction holds the ADD's lock through the scan.
        let mut added_not_valid: HashMap<(String, String), Rule> = HashMap::new();
        let mut sets_lock_timeout = false;
        let mut missing_timeout_at = None;
        let rerun_matters = (self.dialect == SqlDialect::Postgres && !revision.is_transactional()
            || self.dialect == SqlDialect::Mysql)
            && statements.len() > 1;
        let created_types: Vec<String> = statements
            .iter()
            .flat_map(|s| s.facts.creates_types.iter().cloned())
            .collect();
        for (position, statement) in statements.iter().enumerate() {
            let facts = &statement.facts;
            let mut hazards: Vec<Hazard> = facts.hazards.clone();
            for dropped in &facts.dropped_indexes {
                let table = self.indexes.get(&dropped.name).cloned();
                if !dropped.concurrently && self.dialect == SqlDialect::Postgres {
                    hazards.push(Hazard {
                        rule: Rule::DropIndexNotConcurrently,
                        what: match &table {
                            Some(table) => format!("DROP INDEX {} on {table}: blocks reads and writes of the table while it drops", dropped.name),
                            None => format!("DROP INDEX {}: blocks reads and writes of its table while it drops", dropped.name),
                        },
                        table,
                    });
                }
            }
            for (table, column) in &facts.set_not_null {
                if !self.not_null.contains(&(table.clone(), column.clone())) {
                    hazards.push(Hazard {
                        rule: Rule::SetNotNullWithoutCheck,
                        table: Some(table.clone()),
                        what: format!("SET NOT NULL on {table}.{column} without a validated CHECK ({column} IS NOT NULL): scans every row under ACCESS EXCLUSIVE"),
                    });
                }
            }
            for call in &facts.default_calls {
                if let Some(hazard) = self.volatile_default(at, call) {
                    hazards.push(hazard);
                }
            }
            if self.dialect == SqlDialect::Postgres && revision.is_transactional() {
                let new_type = facts
                    .altered_type
                    .as_ref()
                    .is_some_and(|t| created_types.contains(t));
                for value in facts.enum_values.iter().filter(|_| !new_type) {
                    if let Some(user) = statements[position + 1..]
                        .iter()
                        .find(|later| later.text.contains(value.as_str()))
                    {
                        hazards.push(Hazard {
                            rule: Rule::EnumValueUsedInTransaction,
                            table: None,
                            what: format!("the enum value {value} is used on line {} in the same transaction that adds it: PostgreSQL refuses that", user.line),
                        });
                    }
                }
            }
            if revision.is_transactional() {
                for key in &facts.validates {
                    if let Some(rule) = added_not_valid.get(key) {
                        hazards.push(Hazard {
                            rule: *rule,
                            table: Some(key.0.clone()),
                            what: format!(
                                "VALIDATE CONSTRAINT {} on {} in the transaction that added it NOT VALID: the table stays locked while every row is checked",
                                key.1, key.0
                            ),
                        });
                    }
                }
                for (table, name, rule) in &facts.not_valid {
                    added_not_valid.insert((table.clone(), name.clone()), *rule);
                }
            }
            if rerun_matters {
                if let Some(what) = &facts.not_rerunnable {
                    hazards.push(Hazard {
                        rule: Rule::NotRerunnable,
                        table: None,
                        what: format!(
                            "{what}: {}",
                            if self.dialect == SqlDialect::Mysql {
                                "MySQL commits each DDL statement, so a revision that fails part-way cannot simply run again"
                            } else {
                                "a `transactional: false` revision that fails part-way keeps what ran, so it must be able to run again"
                            }
                        ),
                    });
                }
            }
            if linted {
                for hazard in hazards {
                    self.judge(&local, at, revision, statement, hazard, &allowed);
                }
            }
            // The lock-timeout check, on statements that lock existing tables.
            sets_lock_timeout |= facts.sets_lock_timeout;
            if missing_timeout_at.is_none()
                && !sets_lock_timeout
                && revision.is_transactional()
                && facts.locks.iter().any(|t| !self.is_new(&local, at, t))
            {
                missing_timeout_at = Some(statement.line);
            }
            // What the statement changes, for the statements after it.
            for change in &facts.functions {
                self.change_function(at, change);
            }
            for table in &facts.creates {
                local.insert(table.clone(), Some(at));
            }
            for (from, to) in &facts.renames {
                let origin = self.origin(&local, at, from);
                local.insert(to.clone(), origin);
            }
            for (index, table) in &facts.indexes {
                self.indexes.insert(index.clone(), table.clone());
            }
            for pair in &facts.not_null_checks {
                self.not_null.insert(pair.clone());
            }
            for (table, name, column) in &facts.unvalidated_checks {
                self.unvalidated
                    .insert((table.clone(), name.clone()), column.clone());
            }
            for key in &facts.validates {
                if let Some(column) = self.unvalidated.get(key) {
                    self.not_null.insert((key.0.clone(), column.clone()));
                }
            }
        }
        if let Some(line) = missing_timeout_at.filter(|_| linted) {
            if !allowed.contains(&Rule::MissingLockTimeout) {
                self.lock_timeout_missing.push((
                    revision.id().to_owned(),
                    revision.file().to_owned(),
                    line,
                ));
            }
        }
        for (table, origin) in local {
            self.tables.entry(table).or_default().push((at, origin));
        }
    }

    /// The overloads of function `name` that revision `at` sees: each with
    /// its arity and whether it is volatile.
    fn overloads(&self, at: usize, name: &str) -> Vec<(Arity, bool)> {
        let mut overloads: Vec<(Arity, bool)> = Vec::new();
        let changes = self.functions.get(name).map_or(&[][..], Vec::as_slice);
        let visible = changes
            .iter()
            .filter(|(by, _)| *by == at || self.ancestors[at].contains(*by));
        let picks = |arity: &Arity, declared: Option<usize>| {
            declared.is_none_or(|declared| arity.declared == declared)
        };
        for (_, change) in visible {
            match change {
                Overloads::Define { arity, volatile } => {
                    overloads.retain(|(a, _)| a.declared != arity.declared);
                    overloads.push((*arity, *volatile));
                }
                Overloads::SetVolatile { declared, volatile } => {
                    for (arity, v) in &mut overloads {
                        if picks(arity, *declared) {
                            *v = *volatile;
                        }
                    }
                }
                Overloads::Drop { declared } => {
                    overloads.retain(|(arity, _)| !picks(arity, *declared));
                }
            }
        }
        overloads
    }

    /// Records what a statement of revision `at` does to a function.
    fn change_function(&mut self, at: usize, change: &FunctionChange) {
        match change {
            FunctionChange::Create {
                name,
                arity,
                volatile,
            } => {
                let (arity, volatile) = (*arity, *volatile);
                self.record(at, name, Overloads::Define { arity, volatile });
            }
            FunctionChange::SetVolatile {
                name,
                declared,
                volatile,
            } => {
                let (declared, volatile) = (*declared, *volatile);
                self.record(at, name, Overloads::SetVolatile { declared, volatile });
            }
            FunctionChange::Drop { name, declared } => {
                let declared = *declared;
                self.record(at, name, Overloads::Drop { declared });
            }
            FunctionChange::Rename { name, declared, to } => {
                // The overloads move, with their volatility, to the new name.
                let declared = *declared;
                let moved: Vec<(Arity, bool)> = self
                    .overloads(at, name)
                    .into_iter()
                    .filter(|(arity, _)| declared.is_none_or(|d| arity.declared == d))
                    .collect();
                self.record(at, name, Overloads::Drop { declared });
                for (arity, volatile) in moved {
                    self.record(at, to, Overloads::Define { arity, volatile });
                }
            }
        }
    }

    fn record(&mut self, at: usize, name: &str, change: Overloads) {
        self.functions
            .entry(name.to_owned())
            .or_default()
            .push((at, change));
    }

    /// The hazard of a column default that calls a function the history
    /// created VOLATILE (PostgreSQL's default when a function says neither
    /// IMMUTABLE nor STABLE): adding the column rewrites the table.
    fn volatile_default(&self, at: usize, call: &DefaultCall) -> Option<Hazard> {
        let overloads = self.overloads(at, &call.function);
        overloads
            .iter()
            .any(|(arity, volatile)| *volatile && arity.accepts(call.args))
            .then(|| Hazard {
                rule: Rule::AddColumnVolatileDefault,
                table: Some(call.table.clone()),
                what: format!(
                    "ADD COLUMN {} DEFAULT {}() on {}: {} is VOLATILE (it was created \
                     without IMMUTABLE or STABLE), so the default rewrites the table \
                     under ACCESS EXCLUSIVE",
                    call.column, call.function, call.table, call.function
                ),
            })
    }

    /// Reports `hazard` unless its table is new, the header allows the rule
    /// or the set's severity is `allow`.
    fn judge(
        &mut self,
        local: &HashMap<String, Origin>,
        at: usize,
        revision: &Revision,
        statement: &Statement,
        hazard: Hazard,
        allowed: &[Rule],
    ) {
        let severity = self.settings.lint.severity(hazard.rule);
        if severity == Severity::Allow || allowed.contains(&hazard.rule) {
            return;
        }
        let is_new = hazard
            .table
            .as_deref()
            .is_some_and(|t| self.is_new(local, at, t));
        let finding = Finding {
            revision: revision.id().to_owned(),
            file: revision.file().to_owned(),
            line: statement.line,
            end_line: statement.end_line,
            rule: hazard.rule,
            severity,
            message: hazard.what,
            excerpt: statement.excerpt.clone(),
            table: hazard.table,
        };
        if is_new {
            self.report.on_new_tables.push(finding);
        } else {
            self.report.findings.push(finding);
        }
    }

    /// `missing-lock-timeout`, once for the set, when `[runner]
    /// lock_timeout` is not set and some revision needs it.
    fn lock_timeout(&mut self, dir: &str) {
        let rule = Rule::MissingLockTimeout;
        let severity = self.settings.lint.severity(rule);
        if self.dialect == SqlDialect::Sqlite
            || self.settings.runner.lock_timeout.is_some()
            || severity == Severity::Allow
        {
            return;
        }
        let Some((revision, file, line)) = self.lock_timeout_missing.first().cloned() else {
            return;
        };
        let count = self.lock_timeout_missing.len();
        self.report.findings.push(Finding {
            revision,
            file: settings_path(dir),
            line: 1,
            end_line: 1,
            rule,
            severity,
            message: format!(
                "{count} {} existing tables with no lock timeout (first at {file}:{line}): \
                 a statement waiting for a lock queues every write to the table behind it",
                if count == 1 {
                    "revision locks"
                } else {
                    "revisions lock"
                }
            ),
            excerpt: "[runner] lock_timeout is not set".to_owned(),
            table: None,
        });
    }
}
