//! The build-time SQL check on real histories (`tests/sql-corpus/`): every
//! set passes (zero false errors), a typo inserted at a random statement is
//! caught every time, at its file and line, and a SQLite history written
//! for foreign keys off is stopped where it breaks with them on.

use std::path::{Path, PathBuf};

use migraph::split::{self, Dialect};
use migraph::{GraphPolicy, Migrations, Revision};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sql-corpus")
}

/// Every set of the corpus, as (dialect, directory).
fn sets() -> Vec<(Dialect, PathBuf)> {
    let mut sets = Vec::new();
    for (name, dialect) in [("postgres", Dialect::Postgres), ("sqlite", Dialect::Sqlite)] {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(corpus().join(name))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        dirs.sort();
        sets.extend(dirs.into_iter().map(|d| (dialect, d)));
    }
    sets
}

fn load(dir: &Path) -> Result<Migrations, Vec<String>> {
    let display = dir.to_string_lossy();
    Migrations::load_checked(&display, dir, &GraphPolicy::default())
        .map(|(m, _)| m)
        .map_err(|problems| problems.iter().map(|p| p.message().to_owned()).collect())
}

#[test]
fn every_real_history_passes() {
    let mut revisions = 0;
    for (_, dir) in sets() {
        let migrations = load(&dir).unwrap_or_else(|problems| {
            panic!("{}: false errors:\n{}", dir.display(), problems.join("\n"))
        });
        assert!(migrations.len() >= 14, "{}", dir.display());
        revisions += migrations.len();
    }
    assert!(revisions >= 330, "only {revisions} revisions");
}

/// A small deterministic generator, so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// A statement that can carry a typo: the file line of its first word, and the word.
#[derive(Debug, Clone)]
struct Target {
    line: u32,
    word: String,
}

/// The statements of a revision's sections whose first token is a word.
fn targets(revision: &Revision, dialect: Dialect) -> Vec<Target> {
    let sections = [
        Some((revision.up_sql(), revision.up_line())),
        revision.down_sql().map(|d| (d, revision.down_line())),
    ];
    let mut found = Vec::new();
    for (sql, first_line) in sections.into_iter().flatten() {
        for piece in split::split(sql, dialect) {
            if piece.is_blank {
                continue;
            }
            // The first word after comments and whitespace.
            let line_text = sql.lines().nth(piece.line as usize - 1).unwrap_or("");
            let word: String = line_text
                .trim_start()
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            if word.len() >= 2
                && piece
                    .sql()
                    .lines()
                    .any(|l| l.trim_start().starts_with(&word))
            {
                found.push(Target {
                    line: first_line + piece.line - 1,
                    word,
                });
            }
        }
    }
    found
}

/// The typo: the word's second letter dropped and its last doubled
/// (`CREATE` becomes `CEATEE`), never a keyword.
fn typo(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    chars.remove(1);
    chars.push(*chars.last().unwrap());
    chars.into_iter().collect()
}

/// Copies `dir` to a fresh scratch directory and applies `edits` (file,
/// line, word) to the copy.
fn mutated_copy(dir: &Path, tag: &str, edits: &[(String, Target)]) -> PathBuf {
    let scratch = std::env::temp_dir().join(format!(
        "migrate-sql-corpus-{}-{tag}-{}",
        std::process::id(),
        dir.file_name().unwrap().to_string_lossy()
    ));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, scratch.join(path.file_name().unwrap())).unwrap();
    }
    for (file, target) in edits {
        let path = scratch.join(Path::new(file).file_name().unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let line = &mut lines[target.line as usize - 1];
        let at = line
            .find(&target.word)
            .unwrap_or_else(|| panic!("{file}:{}: no '{}'", target.line, target.word));
        line.replace_range(at..at + target.word.len(), &typo(&target.word));
        std::fs::write(&path, lines.join("\n")).unwrap();
    }
    scratch
}

/// PostgreSQL: in each round, every file that has a statement gets a typo
/// in one statement picked at random; the check must name every one of
/// them, at its line, near the mangled word.
#[test]
fn a_typo_in_any_postgres_statement_is_caught() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut caught = 0;
    for (dialect, dir) in sets().into_iter().filter(|(d, _)| *d == Dialect::Postgres) {
        let migrations = load(&dir).unwrap();
        for round in 0..3 {
            let edits: Vec<(String, Target)> = migrations
                .revisions()
                .iter()
                .filter_map(|r| {
                    let targets = targets(r, dialect);
                    (!targets.is_empty()).then(|| {
                        (
                            r.file().to_owned(),
                            targets[rng.below(targets.len())].clone(),
                        )
                    })
                })
                .collect();
            let scratch = mutated_copy(&dir, &format!("pg{round}"), &edits);
            let problems = load(&scratch)
                .map(|_| ())
                .expect_err("typos must be caught");
            for (file, target) in &edits {
                let name = Path::new(file)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                let wanted = format!("/{name}:{}:", target.line);
                let near = format!("near \"{}\"", typo(&target.word));
                assert!(
                    problems
                        .iter()
                        .any(|p| p.contains(&wanted) && p.contains(&near)),
                    "typo at {file}:{} ({} -> {}) not reported there; got:\n{}",
                    target.line,
                    target.word,
                    typo(&target.word),
                    problems
                        .iter()
                        .filter(|p| p.contains(&name))
                        .cloned()
                        .collect::<Vec<_>>()
                        .join("\n")
                );
                caught += 1;
            }
            let _ = std::fs::remove_dir_all(&scratch);
        }
    }
    assert!(caught > 800, "only {caught} typos checked");
}

/// SQLite: the chain stops at the first failure, so each trial mutates one
/// statement of one revision picked at random.
#[test]
fn a_typo_in_any_sqlite_statement_is_caught() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let (mut caught, mut histories) = (0, 0);
    for (dialect, dir) in sets().into_iter().filter(|(d, _)| *d == Dialect::Sqlite) {
        histories += 1;
        let migrations = load(&dir).unwrap();
        let candidates: Vec<(&Revision, Vec<Target>)> = migrations
            .revisions()
            .iter()
            .map(|r| (r, targets(r, dialect)))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        for trial in 0..24 {
            let (revision, targets) = &candidates[rng.below(candidates.len())];
            let target = targets[rng.below(targets.len())].clone();
            let edits = [(revision.file().to_owned(), target.clone())];
            let scratch = mutated_copy(&dir, &format!("sqlite{trial}"), &edits);
            let problems = load(&scratch).map(|_| ()).expect_err("typo must be caught");
            let name = Path::new(revision.file())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let wanted = format!("/{name}:{}: ", target.line);
            assert!(
                problems.len() == 1 && problems[0].contains(&wanted),
                "typo at {}:{} ({}) not reported there; got:\n{}",
                revision.file(),
                target.line,
                target.word,
                problems.join("\n")
            );
            caught += 1;
            let _ = std::fs::remove_dir_all(&scratch);
        }
    }
    assert_eq!(caught, 24 * histories);
}

/// ory/hydra's SQLite history is applied by its own tool with foreign keys
/// off; sqlx, and so the runtime, opens SQLite with them on. There the down
/// of its initial revision fails (the table a dropped one references is gone),
/// and the chain says so at that statement.
#[test]
fn a_history_that_needs_foreign_keys_off_is_stopped_where_it_breaks() {
    let dir = corpus().join("sqlite-fk-off/hydra");
    let problems = load(&dir).map(|_| ()).expect_err("the chain must fail");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].ends_with(concat!(
            "/v20200913192340000000_initial_sqlite.sql:293: no such table: main.hydra_client ",
            "(SQLite, applying this revision's down after every revision before it in order); ",
            "fix the statement, or add '-- sql_check: off' to the header if it is valid SQL ",
            "this SQLite does not know"
        )),
        "{problems:?}"
    );
}
