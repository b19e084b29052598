//! Alembic projects. The graph comes from the revision files (`revision`,
//! `down_revision`, `branch_labels`, `depends_on`); the SQL from Alembic's
//! own offline mode (`alembic upgrade heads --sql`, `alembic downgrade
//! heads:base --sql`), cut by its structure as the shared lexer reads it:
//! per revision at its `-- Running upgrade X -> Y` comments, into the
//! statements Alembic wrote (each ended by a `;` it added, which a
//! trailing line comment swallows), without Alembic's version-table
//! statements and `BEGIN;`/`COMMIT;`, and with the driver's `%` escaping
//! undone where it was applied.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use migraph_core::lex;
use migraph_core::split::{self, Dialect};

use super::{read_text, Imported, Options, Rev};
use crate::Failure;

/// One revision file.
#[derive(Debug, Clone, Default)]
pub struct Script {
    pub revision: String,
    pub down_revisions: Vec<String>,
    pub branch_labels: Vec<String>,
    pub depends_on: Vec<String>,
    pub message: Option<String>,
    pub file: PathBuf,
    /// Why the Python may do more than its offline SQL shows.
    pub dynamic: Vec<&'static str>,
}

/// Where a project keeps things.
#[derive(Debug)]
pub struct Project {
    /// `alembic.ini`, when the source has one.
    pub ini: Option<PathBuf>,
    /// Where to run Alembic when the settings are in `pyproject.toml`.
    pub pyproject_dir: Option<PathBuf>,
    pub version_dirs: Vec<PathBuf>,
    pub dialect: Dialect,
    /// `recursive_version_locations = true`: subdirectories hold revisions too.
    pub recursive: bool,
}

/// Finds `alembic.ini` and the versions directories from a project
/// directory, an ini file, or a script directory.
pub fn project(source: &Path) -> Result<Project, Failure> {
    // Absolute, so that `%(here)s` and relative locations resolve once.
    let source = &std::path::absolute(source)
        .map_err(|err| Failure(format!("cannot resolve {}: {err}", source.display())))?;
    let ini = if source.is_file() {
        Some(source.to_path_buf())
    } else if source.join("alembic.ini").is_file() {
        Some(source.join("alembic.ini"))
    } else {
        None
    };
    let Some(ini) = ini else {
        let pyproject = source.join("pyproject.toml");
        if pyproject.is_file() {
            let values = settings(&read_text(&pyproject)?, "tool.alembic", source, true);
            if values.contains_key("script_location") {
                return locate(values, source, None, Some(source.to_path_buf()));
            }
        }
        if source.join("versions").is_dir() {
            return Ok(Project {
                pyproject_dir: None,
                ini: None,
                version_dirs: vec![source.join("versions")],
                dialect: Dialect::Postgres,
                recursive: false,
            });
        }
        return Err(Failure(format!(
            "{}: no alembic.ini and no versions/ directory; give the project directory \
             (where alembic.ini is) or the script directory",
            source.display()
        )));
    };
    let here = ini.parent().unwrap_or(Path::new(".")).to_path_buf();
    let mut values = settings(&read_text(&ini)?, "alembic", &here, false);
    // Alembic's pyproject template keeps the locations in pyproject.toml
    // and the URL in alembic.ini.
    let pyproject = here.join("pyproject.toml");
    if !values.contains_key("script_location") && pyproject.is_file() {
        for (k, v) in settings(&read_text(&pyproject)?, "tool.alembic", &here, true) {
            values.entry(k).or_insert(v);
        }
    }
    if !values.contains_key("script_location") {
        return Err(Failure(format!(
            "{}: no script_location in [alembic]; is this Alembic's ini file?",
            ini.display()
        )));
    }
    locate(values, &here, Some(ini), None)
}

/// The `key = value` settings of one section of an ini file, or of
/// `pyproject.toml` (`toml`: quoted strings and lists of them), with
/// `%(here)s` replaced.
fn settings(text: &str, wanted: &str, here: &Path, toml: bool) -> HashMap<String, String> {
    let mut section = String::new();
    let mut values: HashMap<String, String> = HashMap::new();
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with('[') && t.ends_with(']') {
            section = t.trim_matches(['[', ']']).trim().to_owned();
            continue;
        }
        if section != wanted || t.starts_with('#') || t.starts_with(';') {
            continue;
        }
        if let Some((k, v)) = t.split_once('=') {
            let mut v = v.trim().to_owned();
            if toml {
                // A string or a one-line list of strings.
                v = v
                    .trim_matches(['[', ']'])
                    .split(',')
                    .map(|p| p.trim().trim_matches(['"', '\'']))
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            let v = v.replace("%(here)s", &here.display().to_string());
            values.insert(k.trim().to_owned(), v);
        }
    }
    values
}

/// The versions directories and dialect from the settings.
fn locate(
    values: HashMap<String, String>,
    here: &Path,
    ini: Option<PathBuf>,
    pyproject_dir: Option<PathBuf>,
) -> Result<Project, Failure> {
    let location = values.get("script_location").cloned().unwrap_or_default();
    let resolve = |p: &str| {
        let p = Path::new(p);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            here.join(p)
        }
    };
    let version_dirs = match values.get("version_locations") {
        Some(list) => {
            let sep = values
                .get("version_path_separator")
                .map(String::as_str)
                .unwrap_or("space");
            let parts: Vec<&str> = match sep {
                "os" | ":" => list.split(':').collect(),
                ";" => list.split(';').collect(),
                "," => list.split(',').collect(),
                _ => list.split([' ', ',']).collect(),
            };
            parts
                .into_iter()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(resolve)
                .collect()
        }
        None => vec![resolve(&location).join("versions")],
    };
    let url = values
        .get("sqlalchemy.url")
        .map(String::as_str)
        .unwrap_or("");
    let dialect = if url.starts_with("mysql") || url.starts_with("mariadb") {
        Dialect::Mysql
    } else if url.starts_with("sqlite") {
        Dialect::Sqlite
    } else {
        Dialect::Postgres
    };
    let recursive = values
        .get("recursive_version_locations")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    Ok(Project {
        ini,
        pyproject_dir,
        version_dirs,
        dialect,
        recursive,
    })
}

/// Reads every revision file of the project.
pub fn scripts(project: &Project) -> Result<Vec<Script>, Failure> {
    let mut scripts = Vec::new();
    let mut dirs: Vec<PathBuf> = project.version_dirs.clone();
    while let Some(dir) = dirs.pop() {
        for (name, path) in super::entries(&dir)? {
            if path.is_dir() {
                if project.recursive && !name.starts_with('.') && name != "__pycache__" {
                    dirs.push(path);
                }
                continue;
            }
            if !name.ends_with(".py") || name.starts_with('.') || name == "__init__.py" {
                continue;
            }
            scripts.push(parse_script(&read_text(&path)?, &path)?);
        }
    }
    let mut seen = HashMap::new();
    for s in &scripts {
        if let Some(other) = seen.insert(s.revision.clone(), s.file.clone()) {
            return Err(Failure(format!(
                "{} and {} both declare revision '{}'; Alembic would refuse them too",
                other.display(),
                s.file.display(),
                s.revision
            )));
        }
    }
    Ok(scripts)
}

/// Reads the module-level assignments and the docstring of a revision file.
pub fn parse_script(text: &str, path: &Path) -> Result<Script, Failure> {
    let mut script = Script {
        file: path.to_path_buf(),
        ..Script::default()
    };
    script.message = docstring(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut found_revision = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let key = ["revision", "down_revision", "branch_labels", "depends_on"]
            .into_iter()
            .find(|k| {
                line.strip_prefix(k).is_some_and(|rest| {
                    let rest = rest.trim_start();
                    rest.starts_with('=') && !rest.starts_with("==") || rest.starts_with(':')
                })
            });
        let Some(key) = key else {
            i += 1;
            continue;
        };
        let start = i + 1;
        // The value: after the first `=` that is not in the annotation's
        // brackets, up to where the brackets balance.
        let mut value = String::new();
        let after_key = &line[key.len()..];
        let mut depth = 0i32;
        let mut eq = None;
        for (j, c) in after_key.char_indices() {
            match c {
                '[' | '(' => depth += 1,
                ']' | ')' => depth -= 1,
                '=' if depth == 0 => {
                    eq = Some(j);
                    break;
                }
                _ => {}
            }
        }
        let Some(eq) = eq else {
            i += 1;
            continue;
        };
        value.push_str(&after_key[eq + 1..]);
        while bracket_depth(&value) > 0 && i + 1 < lines.len() {
            i += 1;
            value.push('\n');
            value.push_str(lines[i]);
        }
        let items = literal_strings(&value).ok_or_else(|| {
            Failure(format!(
                "{}:{start}: {key} is not None, a string or a tuple of strings; \
                 import reads these values without running Python, so write them literally",
                path.display()
            ))
        })?;
        match key {
            "revision" => {
                found_revision = true;
                script.revision = items.into_iter().next().unwrap_or_default();
            }
            "down_revision" => script.down_revisions = items,
            "branch_labels" => script.branch_labels = items,
            _ => script.depends_on = items,
        }
        i += 1;
    }
    if !found_revision || script.revision.is_empty() {
        return Err(Failure(format!(
            "{}: no `revision = \"...\"` at module level; is this an Alembic revision file?",
            path.display()
        )));
    }
    script.dynamic = dynamic_reasons(text);
    Ok(script)
}

fn bracket_depth(text: &str) -> i32 {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' => quote = Some(c),
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                '#' => break,
                _ => {}
            },
        }
    }
    depth
}

/// `None`, `"a"`, `("a", "b")`, `["a"]`, `"a",` as a list of strings.
fn literal_strings(value: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut chars = value.chars().peekable();
    let mut expect_item = true;
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {}
            '(' | ')' | '[' | ']' => {}
            ',' => expect_item = true,
            '#' => break,
            '\'' | '"' => {
                if !expect_item {
                    return None;
                }
                let mut s = String::new();
                loop {
                    match chars.next()? {
                        q if q == c => break,
                        ch => s.push(ch),
                    }
                }
                out.push(s);
                expect_item = false;
            }
            'N' => {
                let rest: String = chars.by_ref().take(3).collect();
                if rest != "one" {
                    return None;
                }
                expect_item = false;
            }
            _ => return None,
        }
    }
    Some(out)
}

/// The first line of the module docstring.
fn docstring(text: &str) -> Option<String> {
    let t = text.trim_start();
    let quote = ["\"\"\"", "'''"].into_iter().find(|q| t.starts_with(q))?;
    let body = &t[3..];
    let end = body.find(quote)?;
    body[..end]
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_owned)
}

/// Signs that a revision's Python reads the database or branches on it, so
/// that its offline SQL may not be what it runs online.
fn dynamic_reasons(text: &str) -> Vec<&'static str> {
    let signs: [(&str, &'static str); 8] = [
        ("get_bind(", "uses op.get_bind()"),
        (".fetchall(", "fetches rows"),
        (".fetchone(", "fetches rows"),
        (".scalar(", "reads a value"),
        (".first()", "reads a row"),
        ("inspect(", "inspects the live schema"),
        ("has_table(", "inspects the live schema"),
        ("is_offline_mode(", "behaves differently offline"),
    ];
    let mut reasons: Vec<&'static str> = Vec::new();
    for (needle, reason) in signs {
        if text.contains(needle) && !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    reasons
}

/// One `-- Running upgrade|downgrade` section of offline output.
#[derive(Debug, Clone)]
struct Step {
    /// The revision the step applies (upgrade) or reverts (downgrade).
    revision: String,
    /// The other side of the arrow.
    others: Vec<String>,
    statements: Vec<String>,
    /// Statements ran between `COMMIT;` and `BEGIN;` (an autocommit block).
    autocommit: bool,
    /// Statements also ran inside a transaction besides the autocommit block.
    mixed: bool,
}

fn ids(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The version table's name in offline output (`alembic_version` unless configured).
fn version_table(sql: &str, dialect: Dialect) -> String {
    for piece in split::split(sql, dialect) {
        let s = piece.statement();
        let upper = s.to_ascii_uppercase();
        if upper.starts_with("CREATE TABLE") && s.contains("version_num") {
            if let Some(name) = s["CREATE TABLE".len()..].split_whitespace().next() {
                return name.trim_end_matches('(').to_owned();
            }
        }
    }
    "alembic_version".to_owned()
}

/// The `-- Running upgrade|downgrade X -> Y` sections of offline output:
/// each marker's `X -> Y` and the text after it, up to the next marker.
/// Markers are comments the lexer finds at the start of a line, so a line
/// inside a string or a dollar-quoted body is never one.
fn sections<'s>(output: &'s str, direction: &str, dialect: Dialect) -> Vec<(&'s str, &'s str)> {
    let marker = format!("-- Running {direction} ");
    let mut sections: Vec<(&str, usize)> = Vec::new();
    let mut ends = Vec::new();
    for token in lex::tokens(output, dialect) {
        let at_line_start = output[..token.offset]
            .rsplit('\n')
            .next()
            .is_some_and(|before| before.trim().is_empty());
        if token.kind == lex::Kind::LineComment && at_line_start {
            if let Some(head) = token.text.trim_end().strip_prefix(&marker) {
                ends.push(token.offset);
                sections.push((head, token.end()));
            }
        }
    }
    ends.push(output.len());
    sections
        .into_iter()
        .zip(ends.into_iter().skip(1))
        .map(|((head, start), end)| (head, &output[start..end]))
        .collect()
}

/// One statement Alembic wrote, as the lexer reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Written {
    /// The text to import: the statement with the comments before it, and
    /// the `;` that ends it (on a line of its own after a line comment).
    text: String,
    /// The statement alone, without comments around it nor its `;`
    /// (empty for comments only).
    statement: String,
}

/// The statements of a section. Alembic writes each one it runs followed
/// by `;` and a blank line; when the text it was given ends in a line
/// comment, that `;` lands in the comment. So a statement ends at a `;`
/// the splitter finds, or at a line comment ending in `;` before a blank
/// line (or the end of the section), whose `;` is then put back on a line
/// of its own, where SQL reads it.
fn written(body: &str, dialect: Dialect) -> Vec<Written> {
    let mut out = Vec::new();
    for piece in split::split(body, dialect) {
        let tokens: Vec<lex::Token<'_>> = lex::tokens(piece.text, dialect).collect();
        let mut start = 0;
        for (i, token) in tokens.iter().enumerate() {
            let ends_in_semicolon =
                token.kind == lex::Kind::LineComment && token.text.trim_end().ends_with(';');
            let blank_line_after = match tokens.get(i + 1) {
                None => true,
                Some(next) => {
                    next.kind == lex::Kind::Space
                        && (next.text.matches('\n').count() >= 2 || i + 2 == tokens.len())
                }
            };
            if ends_in_semicolon && blank_line_after {
                let comment = token.text.trim_end();
                let text = format!(
                    "{}{}",
                    &piece.text[start..token.offset],
                    &comment[..comment.len() - 1]
                );
                out.push(Written::new(&text, true, dialect));
                start = token.end();
            }
        }
        out.push(Written::new(&piece.text[start..], false, dialect));
    }
    out.retain(|w| !w.text.is_empty());
    out
}

impl Written {
    /// A statement from its text; `ended_in_comment` when Alembic's `;`
    /// was taken off the end of a line comment.
    fn new(text: &str, ended_in_comment: bool, dialect: Dialect) -> Written {
        let text = text.trim();
        let significant: Vec<lex::Token<'_>> = lex::tokens(text, dialect).significant().collect();
        let words: Vec<&lex::Token<'_>> = significant
            .iter()
            .filter(|t| t.kind != lex::Kind::Semicolon)
            .collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            // Comments only: keep them, without the `;`s around them.
            let end = lex::tokens(text, dialect)
                .filter(|t| matches!(t.kind, lex::Kind::LineComment | lex::Kind::BlockComment))
                .last()
                .map_or(0, |t| t.end());
            return Written {
                text: text[..end].to_owned(),
                statement: String::new(),
            };
        };
        let statement = text[first.offset..last.end()].to_owned();
        let text = if ended_in_comment {
            // The `;` goes right after the statement, before its comment.
            format!("{};{}", &text[..last.end()], &text[last.end()..])
        } else {
            text.to_owned()
        };
        Written { text, statement }
    }
}

/// Cuts offline output into steps.
fn steps(output: &str, direction: &str, dialect: Dialect, table: &str) -> Vec<Step> {
    let is_version = |s: &str| {
        let u = s.to_ascii_lowercase();
        let t = table.to_ascii_lowercase();
        [
            format!("insert into {t} "),
            format!("update {t} set"),
            format!("delete from {t} "),
            format!("create table {t} "),
        ]
        .iter()
        .any(|p| u.starts_with(p.as_str()))
    };
    let mut out = Vec::new();
    for (head, body) in sections(output, direction, dialect) {
        let Some((left, right)) = head.split_once("->") else {
            continue;
        };
        let (revision, others) = if direction == "upgrade" {
            (right.trim().to_owned(), ids(left))
        } else {
            (left.trim().to_owned(), ids(right))
        };
        // Statements up to the last version-table statement belong to the
        // step; `COMMIT;`/`BEGIN;` after it are transaction-per-migration.
        let written = written(body, dialect);
        let last_version = written.iter().rposition(|w| is_version(&w.statement));
        let written = match last_version {
            Some(i) => &written[..i],
            None => &written[..],
        };
        let mut statements = Vec::new();
        let mut autocommit = false;
        let mut inside_tx = 0usize;
        let mut outside_tx = false;
        for w in written {
            match w.statement.to_ascii_uppercase().as_str() {
                "COMMIT" => {
                    autocommit = true;
                    outside_tx = true;
                    continue;
                }
                "BEGIN" => {
                    outside_tx = false;
                    continue;
                }
                _ if is_version(&w.statement) => continue,
                _ => {}
            }
            if !outside_tx && !w.statement.is_empty() {
                inside_tx += 1;
            }
            statements.push(w.text.clone());
        }
        out.push(Step {
            revision,
            others,
            statements,
            autocommit,
            mixed: autocommit && inside_tx > 0,
        });
    }
    out
}

/// Whether every run of `%` in the statements has even length: the driver's
/// paramstyle (psycopg2's) doubled each `%`, and online mode runs half.
fn doubled_percents(statements: &[&str]) -> bool {
    let mut any = false;
    for s in statements {
        let mut run = 0;
        for c in s.chars().chain(std::iter::once(' ')) {
            if c == '%' {
                run += 1;
            } else {
                if run % 2 == 1 {
                    return false;
                }
                any |= run > 0;
                run = 0;
            }
        }
    }
    any
}

fn alembic_program() -> String {
    migraph_core::env::var("ALEMBIC").unwrap_or_else(|| "alembic".to_owned())
}

/// Runs Alembic offline and returns its standard output.
fn run_alembic(project: &Project, args: &[&str]) -> Result<String, String> {
    let mut cmd = Command::new(alembic_program());
    if let Some(ini) = &project.ini {
        cmd.arg("-c")
            .arg(ini.file_name().unwrap_or(ini.as_os_str()));
        if let Some(dir) = ini.parent().filter(|p| !p.as_os_str().is_empty()) {
            cmd.current_dir(dir);
        }
    } else if let Some(dir) = &project.pyproject_dir {
        cmd.current_dir(dir);
    }
    cmd.args(args);
    let output = cmd.output().map_err(|err| {
        format!(
            "cannot run alembic ({err}); install it where this command finds it (PATH), \
             or save `alembic upgrade heads --sql` and pass --upgrade-sql FILE"
        )
    })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(6).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "`alembic {}` failed:\n{}",
            args.join(" "),
            tail.join("\n")
        ));
    }
    String::from_utf8(output.stdout).map_err(|_| "alembic printed output that is not UTF-8".into())
}

/// Reads an Alembic project into revisions.
pub fn read(source: &Path, options: &Options) -> Result<Imported, Failure> {
    let project = project(source)?;
    let scripts = scripts(&project)?;
    let mut imported = Imported::default();
    let need_ini = || {
        if project.ini.is_some() || project.pyproject_dir.is_some() {
            return Ok(&project);
        }
        Err::<&Project, _>({
            Failure(format!(
                "{}: no alembic.ini to run Alembic with; give the project directory, \
                 or the saved offline output with --upgrade-sql and --downgrade-sql",
                source.display()
            ))
        })
    };

    // Upgrade SQL: saved, or one whole offline run, else one run per revision.
    let mut ups: BTreeMap<String, Step> = BTreeMap::new();
    let mut table = "alembic_version".to_owned();
    match &options.upgrade_sql {
        Some(file) => {
            let text = read_text(file)?;
            table = version_table(&text, project.dialect);
            for step in steps(&text, "upgrade", project.dialect, &table) {
                ups.insert(step.revision.clone(), step);
            }
        }
        None => {
            let ini = need_ini()?;
            match run_alembic(ini, &["upgrade", "heads", "--sql"]) {
                Ok(text) => {
                    table = version_table(&text, project.dialect);
                    for step in steps(&text, "upgrade", project.dialect, &table) {
                        ups.insert(step.revision.clone(), step);
                    }
                }
                Err(whole) => {
                    for s in &scripts {
                        let from = s
                            .down_revisions
                            .first()
                            .map(String::as_str)
                            .unwrap_or("base");
                        let range = format!("{from}:{}", s.revision);
                        match run_alembic(ini, &["upgrade", &range, "--sql"]) {
                            Ok(text) => {
                                for step in steps(&text, "upgrade", project.dialect, &table) {
                                    if step.revision == s.revision {
                                        ups.insert(step.revision.clone(), step);
                                    }
                                }
                            }
                            Err(err) => imported.notes.push(format!(
                                "{}: revision {} has no offline upgrade SQL ({}); its up section \
                                 is a placeholder, write the SQL by hand",
                                s.file.display(),
                                s.revision,
                                err.lines().last().unwrap_or("alembic failed")
                            )),
                        }
                    }
                    if ups.is_empty() {
                        return Err(Failure(whole));
                    }
                }
            }
        }
    }

    // Downgrade SQL, the same way; a revision whose downgrade fails offline
    // becomes irreversible.
    let mut downs: BTreeMap<String, Step> = BTreeMap::new();
    let mut no_down: HashMap<String, String> = HashMap::new();
    match (&options.downgrade_sql, &options.upgrade_sql) {
        (Some(file), _) => {
            let text = read_text(file)?;
            for step in steps(&text, "downgrade", project.dialect, &table) {
                downs.insert(step.revision.clone(), step);
            }
        }
        (None, Some(_)) => {
            imported.notes.push(
                "no --downgrade-sql given: revisions whose downgrade was not saved are irreversible"
                    .to_owned(),
            );
        }
        (None, None) => {
            let ini = need_ini()?;
            match run_alembic(ini, &["downgrade", "heads:base", "--sql"]) {
                Ok(text) => {
                    for step in steps(&text, "downgrade", project.dialect, &table) {
                        downs.insert(step.revision.clone(), step);
                    }
                }
                Err(_) => {
                    for s in &scripts {
                        let to = s
                            .down_revisions
                            .first()
                            .map(String::as_str)
                            .unwrap_or("base");
                        let range = format!("{}:{to}", s.revision);
                        match run_alembic(ini, &["downgrade", &range, "--sql"]) {
                            Ok(text) => {
                                for step in steps(&text, "downgrade", project.dialect, &table) {
                                    if step.revision == s.revision {
                                        downs.insert(step.revision.clone(), step);
                                    }
                                }
                            }
                            Err(err) => {
                                no_down.insert(
                                    s.revision.clone(),
                                    err.lines().last().unwrap_or("alembic failed").to_owned(),
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    let all: Vec<&str> = ups
        .values()
        .chain(downs.values())
        .flat_map(|s| s.statements.iter().map(String::as_str))
        .collect();
    let halve = doubled_percents(&all);
    if halve {
        imported.notes.push(
            "the offline SQL had every '%' doubled (the driver's paramstyle); \
             imported with single '%', as online mode runs it"
                .to_owned(),
        );
    }
    let fix = |s: &str| {
        if halve {
            s.replace("%%", "%")
        } else {
            s.to_owned()
        }
    };
    let body = |step: &Step| -> String {
        let mut text = String::new();
        for s in &step.statements {
            text.push_str(&fix(s));
            text.push_str("\n\n");
        }
        text.trim_end().to_owned()
    };

    for s in &scripts {
        let file = s.file.display().to_string();
        let origin = format!(
            "alembic {}",
            s.file
                .file_name()
                .map(|f| f.to_string_lossy())
                .unwrap_or_default()
        );
        if !s.dynamic.is_empty() {
            imported.notes.push(format!(
                "{file}: revision {} {}; its offline SQL may differ from what it does online, \
                 compare by hand",
                s.revision,
                s.dynamic.join(", ")
            ));
        }
        let mut transactional = true;
        let up = match ups.get(&s.revision) {
            Some(step) => {
                let mut parents = step.others.clone();
                let mut declared = s.down_revisions.clone();
                parents.sort();
                declared.sort();
                if parents != declared {
                    return Err(Failure(format!(
                        "{file}: revision {} has down_revision {:?} but Alembic's output runs it after {:?}; \
                         the offline output does not belong to these files",
                        s.revision, s.down_revisions, step.others
                    )));
                }
                if step.autocommit {
                    transactional = false;
                    imported.notes.push(format!(
                        "{file}: revision {} uses an autocommit block; imported as transactional: false{}",
                        s.revision,
                        if step.mixed {
                            " (its other statements also run outside a transaction now)"
                        } else {
                            ""
                        }
                    ));
                }
                body(step)
            }
            None if options.upgrade_sql.is_some() => {
                return Err(Failure(format!(
                    "{file}: revision {} has no '-- Running upgrade' section in {}; \
                     save the whole `alembic upgrade heads --sql` output",
                    s.revision,
                    options
                        .upgrade_sql
                        .as_deref()
                        .unwrap_or(Path::new(""))
                        .display()
                )))
            }
            None => format!(
                "-- NOT IMPORTED: Alembic could not render this revision offline; see {}",
                super::REPORT
            ),
        };
        let down = match downs.get(&s.revision) {
            Some(step) => {
                if step.autocommit && transactional {
                    transactional = false;
                    imported.notes.push(format!(
                        "{file}: revision {}'s downgrade uses an autocommit block; imported as transactional: false",
                        s.revision
                    ));
                }
                Some(body(step))
            }
            None => {
                let why = no_down
                    .get(&s.revision)
                    .cloned()
                    .unwrap_or_else(|| "no downgrade section".to_owned());
                imported.notes.push(format!(
                    "{file}: revision {} is irreversible here ({why})",
                    s.revision
                ));
                None
            }
        };
        imported.revisions.push(Rev {
            id: s.revision.clone(),
            down_revisions: s.down_revisions.clone(),
            depends_on: s.depends_on.clone(),
            branch_labels: s.branch_labels.clone(),
            message: s.message.clone(),
            transactional,
            up,
            down,
            origin,
        });
    }
    Ok(imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignments_of_every_shape() {
        let text = "\"\"\"add things\n\nRevision ID: b\nRevises: a\n\"\"\"\n\
                    revision: str = 'b'\n\
                    down_revision: Union[str, Sequence[str], None] = (\n    'a',\n    \"c\",\n)\n\
                    branch_labels = None\ndepends_on = 'x'\n";
        let s = parse_script(text, Path::new("b.py")).unwrap();
        assert_eq!(s.revision, "b");
        assert_eq!(s.down_revisions, ["a", "c"]);
        assert!(s.branch_labels.is_empty());
        assert_eq!(s.depends_on, ["x"]);
        assert_eq!(s.message.as_deref(), Some("add things"));
    }

    #[test]
    fn computed_values_are_refused() {
        let err = parse_script("revision = make_id()\n", Path::new("v/x.py")).unwrap_err();
        assert!(err.0.starts_with("v/x.py:1: revision"), "{}", err.0);
    }

    #[test]
    fn sections_drop_version_table_and_keep_autocommit() {
        let out = "BEGIN;\n\nCREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL\n);\n\n\
                   -- Running upgrade  -> a\n\nCREATE TABLE t (x int);\n\nSELECT 1;;\n\n\
                   INSERT INTO alembic_version (version_num) VALUES ('a') RETURNING alembic_version.version_num;\n\n\
                   -- Running upgrade a -> b\n\nCOMMIT;\n\nCREATE INDEX CONCURRENTLY i ON t (x);\n\nBEGIN;\n\n\
                   UPDATE alembic_version SET version_num='b' WHERE alembic_version.version_num = 'a';\n\nCOMMIT;\n";
        let table = version_table(out, Dialect::Postgres);
        assert_eq!(table, "alembic_version");
        let s = steps(out, "upgrade", Dialect::Postgres, &table);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].statements, ["CREATE TABLE t (x int);", "SELECT 1;"]);
        assert!(!s[0].autocommit);
        assert_eq!(s[1].others, ["a"]);
        assert_eq!(s[1].statements, ["CREATE INDEX CONCURRENTLY i ON t (x);"]);
        assert!(s[1].autocommit && !s[1].mixed);
    }

    /// `alembic upgrade heads --sql` (Alembic 1.16, one transaction) on
    /// revisions whose SQL ends in comments: Alembic's `;` lands in the
    /// comment, so its next statement runs on from the comment.
    const ENDING_IN_COMMENTS: &str = "BEGIN;\n\nCREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n    \
         CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);\n\n\
         -- Running upgrade  -> a1\n\nCREATE TABLE users (id int PRIMARY KEY, name text);\n\n\
         ALTER TABLE users ADD COLUMN api_token text;\n        -- ALTER TABLE users DROP COLUMN api_token;;\n\n\
         INSERT INTO alembic_version (version_num) VALUES ('a1') RETURNING alembic_version.version_num;\n\n\
         -- Running upgrade a1 -> b2\n\nALTER TABLE users ADD COLUMN note text -- a note;\n\n\
         CREATE INDEX users_name ON users (name);;;\n\n\
         UPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = 'a1';\n\n\
         -- Running upgrade b2 -> c3\n\nALTER TABLE users ADD COLUMN last text /* trailing block */;\n\n\
         SELECT 1 -- before;\n\nCOMMIT;\n\nCREATE INDEX CONCURRENTLY ix ON users (note);\n\nBEGIN;\n\n\
         SELECT '-- Running upgrade x -> y';\n\n\
         UPDATE alembic_version SET version_num='c3' WHERE alembic_version.version_num = 'b2';\n\n\
         COMMIT;\n\n";

    #[test]
    fn statements_ending_in_comments_are_cut_where_alembic_ended_them() {
        let s = steps(
            ENDING_IN_COMMENTS,
            "upgrade",
            Dialect::Postgres,
            "alembic_version",
        );
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(
            s[0].statements,
            [
                "CREATE TABLE users (id int PRIMARY KEY, name text);",
                "ALTER TABLE users ADD COLUMN api_token text;",
                "-- ALTER TABLE users DROP COLUMN api_token;",
            ]
        );
        assert!(!s[0].autocommit);
        assert_eq!(
            s[1].statements,
            [
                "ALTER TABLE users ADD COLUMN note text; -- a note",
                "CREATE INDEX users_name ON users (name);",
            ]
        );
        // The COMMIT after a commented statement opens an autocommit block;
        // a marker inside a string is no marker.
        assert_eq!(
            s[2].statements,
            [
                "ALTER TABLE users ADD COLUMN last text /* trailing block */;",
                "SELECT 1; -- before",
                "CREATE INDEX CONCURRENTLY ix ON users (note);",
                "SELECT '-- Running upgrade x -> y';",
            ]
        );
        assert!(s[2].autocommit && s[2].mixed);
    }

    #[test]
    fn percent_doubling_is_detected_only_when_consistent() {
        assert!(doubled_percents(&[
            "SELECT format('%%s', 'a')",
            "LIKE '%%x%%'"
        ]));
        assert!(!doubled_percents(&["SELECT format('%s', 'a')", "'%%'"]));
        assert!(!doubled_percents(&["SELECT 1"]));
    }
}
