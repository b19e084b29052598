//! Reading a migration directory: which files belong, and what each says.
//!
//! This module does no async and no network: it reads files and parses text.
//! It is shared by the macro (at compile time) and the CLI (at run time), so
//! that both accept and refuse exactly the same directories.

use std::collections::HashSet;
use std::ffi::{OsStr, OsString};
use std::fs::{DirEntry, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::checksum::{normalize, Checksum};
use crate::problem::Problem;

/// The header keys a migration file may use, in the order they are documented.
pub const HEADER_KEYS: &[&str] = &[
    "revision",
    "down_revision",
    "depends_on",
    "branch_labels",
    "message",
    "transactional",
    "sql_check",
    "lint_allow",
    "irreversible",
];

/// Longest revision id or branch label.
pub const MAX_ID_LEN: usize = 64;

/// Words that cannot be ids or labels because the target grammar uses them.
pub const RESERVED_IDS: &[&str] = &["none", "head", "heads", "base"];

/// One parsed migration file, before the graph is checked.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    /// The path as shown in messages (`migrations/0001_init.sql`).
    pub path: String,
    /// Where it was read from, for `include_str!`.
    pub abs_path: PathBuf,
    pub revision: String,
    pub down_revisions: Vec<String>,
    pub depends_on: Vec<String>,
    pub branch_labels: Vec<String>,
    pub message: Option<String>,
    pub transactional: bool,
    /// `false` when the header says `sql_check: off`.
    pub sql_check: bool,
    /// Hazard rules the header allows for this revision (`lint_allow`).
    pub lint_allow: Vec<String>,
    pub up: String,
    pub up_line: u32,
    /// `None` when the file says `-- migrate:down irreversible`.
    pub down: Option<String>,
    pub down_line: u32,
    /// For a Rust code revision (`.rs`), the checksum of its source; `None`
    /// for a SQL revision, whose checksum covers its up and down sections.
    pub code_checksum: Option<Checksum>,
}

/// What a directory scan found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// Files that parsed, sorted by file name.
    pub files: Vec<SourceFile>,
    /// What is known of files that did not parse, so that the graph check
    /// does not also call their revisions and labels missing.
    pub broken: Broken,
    /// Every migration file read, parsed or not, for rebuild tracking.
    pub read: Vec<PathBuf>,
}

/// Ids, labels and file stems of migration files that did not parse.
#[derive(Debug, Default)]
pub(crate) struct Broken {
    ids: HashSet<String>,
    labels: HashSet<String>,
    /// File names without their extension, for files whose header gave no id.
    stems: Vec<String>,
}

impl Broken {
    /// Whether some file failed to parse.
    pub fn any(&self) -> bool {
        !self.ids.is_empty() || !self.stems.is_empty()
    }

    /// Whether a reference to `name` may point at a file that did not parse.
    pub fn covers(&self, name: &str) -> bool {
        self.ids.contains(name)
            || self.labels.contains(name)
            || self.stems.iter().any(|stem| {
                stem.strip_prefix(name)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['_', '.']))
            })
    }

    fn add(&mut self, file_name: &str, partial: Partial) {
        match partial.revision {
            Some(id) => {
                self.ids.insert(id);
            }
            None => self.stems.push(file_stem(file_name).to_owned()),
        }
        self.labels.extend(partial.labels);
    }
}

/// What a file that failed to parse still told about itself.
#[derive(Debug, Default)]
pub(crate) struct Partial {
    pub revision: Option<String>,
    pub labels: Vec<String>,
}

/// Reads every migration file of `abs_dir`, naming it in messages as
/// `display_dir/<file>`. Problems are pushed, never thrown.
///
/// Listing and sorting are sequential; reading and parsing the files
/// is spread over threads, and the results are merged back in name order, so
/// problems come out exactly as a file-by-file scan would give them.
pub(crate) fn scan_dir(display_dir: &str, abs_dir: &Path, problems: &mut Vec<Problem>) -> Scan {
    let Some(entries) = sorted_entries(display_dir, abs_dir, problems) else {
        return Scan::default();
    };
    let listed: Vec<Listed> = entries
        .into_iter()
        .filter_map(|entry| classify(display_dir, entry))
        .collect();
    let candidates: Vec<&Candidate> = listed
        .iter()
        .filter_map(|item| match item {
            Listed::File(candidate) => Some(candidate),
            Listed::Refused(_) => None,
        })
        .collect();
    let outcomes = load_all(&candidates);
    merge(listed, outcomes, problems)
}

/// The directory's entries with their names, sorted by name; `None` when it
/// cannot be read. Each name is fetched once: `DirEntry::file_name` allocates,
/// and sorting by it called it twice per comparison.
fn sorted_entries(
    display_dir: &str,
    abs_dir: &Path,
    problems: &mut Vec<Problem>,
) -> Option<Vec<(OsString, DirEntry)>> {
    let entries = match std::fs::read_dir(abs_dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem::about(
                Some(display_dir),
                format!(
                    "cannot read migration directory '{display_dir}' (tried {}): {err}",
                    abs_dir.display()
                ),
            ));
            return None;
        }
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push((entry.file_name(), entry)),
            Err(err) => problems.push(Problem::about(
                Some(display_dir),
                format!("cannot list migration directory '{display_dir}': {err}"),
            )),
        }
    }
    names.sort_by(|(a, _), (b, _)| a.cmp(b));
    Some(names)
}

/// One directory entry that is not skipped, in name order.
enum Listed {
    /// Not a migration file, with the problem it gets.
    Refused(Problem),
    /// A `.sql` or `.rs` file to read and parse.
    File(Candidate),
}

/// A migration file (`.sql` or `.rs`) found by the listing.
struct Candidate {
    /// The file name, which must start with the revision.
    name: String,
    /// The path as shown in messages.
    path: String,
    abs_path: PathBuf,
}

/// Sorts one entry out: skipped (`None`), refused, or a candidate.
fn classify(display_dir: &str, (os_name, entry): (OsString, DirEntry)) -> Option<Listed> {
    let name = match os_name.into_string() {
        Ok(name) => name,
        Err(os_name) => return Some(Listed::Refused(non_utf8_name(display_dir, &os_name))),
    };
    // `migrate.toml` holds the set's settings, not a revision.
    if name.starts_with('.') || name.ends_with(".md") || name == crate::settings::FILE_NAME {
        return None;
    }
    let path = join_display(display_dir, &name);
    let abs_path = entry.path();
    if is_dir(&entry, &abs_path) {
        return Some(Listed::Refused(Problem::in_file(
            &path,
            "subdirectories are not allowed in a migration directory; \
             move its files up or out of the directory",
        )));
    }
    if !name.ends_with(".sql") && !name.ends_with(".rs") {
        return Some(Listed::Refused(Problem::in_file(
            &path,
            "not a migration file; a migration directory holds only \
             '<revision>_<slug>.sql' and '<revision>_<slug>.rs' files \
             (*.md files, dotfiles and migrate.toml are ignored)",
        )));
    }
    Some(Listed::File(Candidate {
        name,
        path,
        abs_path,
    }))
}

/// The problem with a file name that is not UTF-8.
fn non_utf8_name(display_dir: &str, os_name: &OsStr) -> Problem {
    Problem::about(
        Some(display_dir),
        format!(
            "{display_dir}/{}: file name is not valid UTF-8",
            os_name.to_string_lossy()
        ),
    )
}

/// The entry's own type: no second stat per file (it shows at 10,000 files).
fn is_dir(entry: &DirEntry, abs_path: &Path) -> bool {
    match entry.file_type() {
        Ok(kind) if kind.is_symlink() => abs_path.is_dir(),
        Ok(kind) => kind.is_dir(),
        Err(_) => abs_path.is_dir(),
    }
}

/// What reading and parsing one migration file gave, with its own problems so
/// that files done on different threads can be merged in name order.
struct Outcome {
    parsed: Result<SourceFile, Partial>,
    problems: Vec<Problem>,
}

/// Below this many files per thread, a thread costs more than it saves: a
/// directory of under twice this many is read on the calling thread.
const MIN_FILES_PER_THREAD: usize = 32;

/// Reads and parses every candidate, in contiguous chunks on a few threads
/// (`parallel`); outcomes are in candidate order.
fn load_all(candidates: &[&Candidate]) -> Vec<Outcome> {
    crate::parallel::map_chunks(candidates, MIN_FILES_PER_THREAD, load_chunk)
}

/// Reads and parses a run of candidates with one reused read buffer.
fn load_chunk(candidates: &[&Candidate]) -> Vec<Outcome> {
    let mut buffer = Vec::new();
    candidates
        .iter()
        .map(|candidate| load_file(candidate, &mut buffer))
        .collect()
}

/// Reads and parses one candidate.
fn load_file(candidate: &Candidate, buffer: &mut Vec<u8>) -> Outcome {
    let mut problems = Vec::new();
    let parsed = match read_file(&candidate.abs_path, buffer) {
        Ok(len) => match std::str::from_utf8(&buffer[..len]) {
            Ok(text) => parse_file(&candidate.path, &candidate.name, text, &mut problems),
            Err(_) => {
                problems.push(Problem::in_file(&candidate.path, "not valid UTF-8"));
                Err(Partial::default())
            }
        },
        Err(err) => {
            problems.push(Problem::in_file(
                &candidate.path,
                format!("cannot read file: {err}"),
            ));
            Err(Partial::default())
        }
    };
    Outcome { parsed, problems }
}

/// What the read buffer starts at: most migration files fit in one read.
const INITIAL_BUFFER: usize = 64 * 1024;

/// Reads the whole file into `buffer` and returns its length. Unlike
/// `fs::read` (and `read_to_end` on a `File`), it does not stat the file for
/// its size first: at 10,000 files that stat is a fifth of the syscalls.
fn read_file(path: &Path, buffer: &mut Vec<u8>) -> io::Result<usize> {
    let mut file = File::open(path)?;
    let mut filled = 0;
    loop {
        if filled == buffer.len() {
            // The buffer is kept at full length (zeroed once) so reads need no `unsafe`.
            buffer.resize((buffer.len() * 2).max(INITIAL_BUFFER), 0);
        }
        match file.read(&mut buffer[filled..]) {
            Ok(0) => return Ok(filled),
            Ok(read) => filled += read,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
}

/// Puts the listing and the outcomes back together in name order.
fn merge(listed: Vec<Listed>, outcomes: Vec<Outcome>, problems: &mut Vec<Problem>) -> Scan {
    let mut scan = Scan {
        files: Vec::with_capacity(outcomes.len()),
        read: Vec::with_capacity(outcomes.len()),
        ..Scan::default()
    };
    let mut outcomes = outcomes.into_iter();
    for item in listed {
        let candidate = match item {
            Listed::Refused(problem) => {
                problems.push(problem);
                continue;
            }
            Listed::File(candidate) => candidate,
        };
        let outcome = outcomes
            .next()
            .expect("one outcome per candidate, in order");
        problems.extend(outcome.problems);
        match outcome.parsed {
            Ok(mut file) => {
                file.abs_path = candidate.abs_path.clone();
                scan.files.push(file);
            }
            Err(partial) => scan.broken.add(&candidate.name, partial),
        }
        scan.read.push(candidate.abs_path);
    }
    scan
}

fn join_display(dir: &str, name: &str) -> String {
    let dir = dir.trim_end_matches('/');
    if dir.is_empty() || dir == "." {
        name.to_owned()
    } else {
        format!("{dir}/{name}")
    }
}

/// Parses one migration file, SQL or Rust by its extension. On failure the
/// problems are pushed and what the header did say (id, labels) is returned.
pub(crate) fn parse_file(
    path: &str,
    file_name: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Result<SourceFile, Partial> {
    if file_name.ends_with(".rs") {
        parse_code_file(path, file_name, text, problems)
    } else {
        parse_sql_file(path, file_name, text, problems)
    }
}

/// Parses a SQL revision: a `--` header, then `-- migrate:up` and
/// `-- migrate:down` sections.
fn parse_sql_file(
    path: &str,
    file_name: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Result<SourceFile, Partial> {
    let before = problems.len();
    let text = normalize(text);
    let text: &str = &text;

    let mut header = Header::new(Kind::Sql);
    let mut up: Option<Section> = None;
    let mut down: Option<Section> = None;
    let mut down_irreversible = false;
    let mut sql_before_up_reported = false;
    let mut down_before_up: Option<u32> = None;

    // Byte offset and 1-based number of each line.
    let mut offset = 0usize;
    for (index, line) in text.split('\n').enumerate() {
        let number = index as u32 + 1;
        let line_start = offset;
        offset += line.len() + 1;
        let trimmed = line.trim();

        // Anywhere in the file, header or sections: the file still parses
        // (its children are not "missing"), but the load reports it.
        if let Some(what) = review_marker(trimmed) {
            problems.push(Problem::review(path, number, what));
            continue;
        }
        if let Some(marker) = section_marker(trimmed) {
            // Close the section that was open.
            if let Some(section) = down.as_mut().filter(|s| s.end.is_none()) {
                section.end = Some(line_start);
            } else if let Some(section) = up.as_mut().filter(|s| s.end.is_none()) {
                section.end = Some(line_start);
            }
            match marker {
                Marker::Up if up.is_none() => {
                    up = Some(Section::open(number, offset.min(text.len())));
                }
                Marker::Up => problems.push(Problem::at_line(
                    path,
                    number,
                    "a second '-- migrate:up'; a file holds one up section followed by one down section",
                )),
                Marker::Down { irreversible } if down.is_none() => {
                    if up.is_none() {
                        down_before_up = Some(number);
                    }
                    down_irreversible = irreversible;
                    down = Some(Section::open(number, offset.min(text.len())));
                }
                Marker::Down { .. } => problems.push(Problem::at_line(
                    path,
                    number,
                    "a second '-- migrate:down'; a file holds one down section",
                )),
                Marker::Unknown(word) => problems.push(Problem::at_line(
                    path,
                    number,
                    format!(
                        "unknown section marker '-- migrate:{word}'; expected '-- migrate:up', \
                         '-- migrate:down' or '-- migrate:down irreversible'"
                    ),
                )),
            }
            continue;
        }

        if up.is_some() || down.is_some() {
            continue;
        }
        // Still in the header.
        if trimmed.is_empty() {
            continue;
        }
        if let Some(comment) = trimmed.strip_prefix("--") {
            if let Some((key, value)) = header_entry(comment) {
                header.entry(path, number, key, value, problems);
            }
        } else if !sql_before_up_reported {
            sql_before_up_reported = true;
            problems.push(Problem::at_line(
                path,
                number,
                "SQL before '-- migrate:up'; statements belong in the up or down section",
            ));
        }
    }

    if let (Some(line), Some(_)) = (down_before_up, &up) {
        problems.push(Problem::at_line(
            path,
            line,
            "'-- migrate:down' comes before '-- migrate:up'; put the up section first",
        ));
    }
    let Some(revision_id) = header.identity(path, file_name, problems) else {
        return Err(header.partial());
    };

    let (up_text, up_line) = match &up {
        Some(section) => {
            let body = section.body(text);
            if body.trim().is_empty() {
                problems.push(Problem::at_line(
                    path,
                    section.marker_line,
                    "empty '-- migrate:up' section; write the SQL, or a comment \
                     saying why this revision does nothing",
                ));
            }
            (body.to_owned(), section.marker_line + 1)
        }
        None => {
            problems.push(Problem::in_file(
                path,
                "missing '-- migrate:up' section; the SQL to apply follows a line '-- migrate:up'",
            ));
            (String::new(), 0)
        }
    };
    let (down_text, down_line) = match &down {
        Some(section) => {
            let body = section.body(text);
            if down_irreversible {
                if let Some(bad) = first_sql_line(body) {
                    problems.push(Problem::at_line(
                        path,
                        section.marker_line + 1 + bad,
                        "SQL after '-- migrate:down irreversible'; an irreversible \
                         revision has no down SQL (remove 'irreversible' to give one)",
                    ));
                }
                (None, section.marker_line + 1)
            } else {
                (Some(body.to_owned()), section.marker_line + 1)
            }
        }
        None => {
            problems.push(Problem::in_file(
                path,
                "missing '-- migrate:down' (write '-- migrate:down irreversible' if it cannot be undone)",
            ));
            (None, 0)
        }
    };

    if problems[before..]
        .iter()
        .any(|problem| !problem.is_review())
    {
        return Err(header.partial());
    }
    Ok(SourceFile {
        path: path.to_owned(),
        abs_path: PathBuf::new(),
        revision: revision_id,
        down_revisions: header.down_revision.unwrap_or_default(),
        depends_on: header.depends_on.unwrap_or_default(),
        branch_labels: header.branch_labels.unwrap_or_default(),
        message: header.message,
        transactional: header.transactional.unwrap_or(true),
        sql_check: header.sql_check.unwrap_or(true),
        lint_allow: header.lint_allow.unwrap_or_default(),
        up: up_text,
        up_line,
        down: down_text,
        down_line,
        code_checksum: None,
    })
}

/// Parses a Rust code revision: leading `// key: value` header lines, then
/// a module with `pub async fn up` and, unless the header says
/// `irreversible: true`, `pub async fn down`. Their types are rustc's to
/// check, when `migrations!()` compiles the file into the crate.
fn parse_code_file(
    path: &str,
    file_name: &str,
    text: &str,
    problems: &mut Vec<Problem>,
) -> Result<SourceFile, Partial> {
    let before = problems.len();
    let text = normalize(text);
    let text: &str = &text;

    // The header is the file's first block of `//` lines: a blank line or
    // code ends it, so comments further down are free prose.
    let mut header = Header::new(Kind::Code);
    let first = text.split('\n').take_while(|l| l.trim().is_empty()).count();
    for (index, line) in text.split('\n').enumerate().skip(first) {
        let Some(comment) = line.trim().strip_prefix("//") else {
            break;
        };
        // Doc comments (`///`, `//!`) are the module's, not the header's.
        if comment.starts_with(['/', '!']) {
            break;
        }
        if let Some((key, value)) = header_entry(comment) {
            header.entry(path, index as u32 + 1, key, value, problems);
        }
    }
    let Some(revision_id) = header.identity(path, file_name, problems) else {
        return Err(header.partial());
    };

    let irreversible = header.irreversible.unwrap_or(false);
    let up_line = code_function_line(text, "up");
    let down_line = code_function_line(text, "down");
    if up_line.is_none() {
        problems.push(Problem::in_file(
            path,
            "missing 'pub async fn up' at the start of a line; a code revision defines \
             'pub async fn up(db: &mut <connection>) -> Result<(), E>'",
        ));
    }
    match (irreversible, down_line) {
        (false, None) => problems.push(Problem::in_file(
            path,
            "missing 'pub async fn down' at the start of a line (write '// irreversible: true' in the header \
             if it cannot be undone)",
        )),
        (true, Some(line)) => problems.push(Problem::at_line(
            path,
            line,
            "'pub async fn down' in a revision whose header says 'irreversible: true'; \
             remove one of them",
        )),
        _ => {}
    }

    if problems[before..]
        .iter()
        .any(|problem| !problem.is_review())
    {
        return Err(header.partial());
    }
    Ok(SourceFile {
        path: path.to_owned(),
        abs_path: PathBuf::new(),
        revision: revision_id,
        down_revisions: header.down_revision.unwrap_or_default(),
        depends_on: header.depends_on.unwrap_or_default(),
        branch_labels: header.branch_labels.unwrap_or_default(),
        message: header.message,
        transactional: header.transactional.unwrap_or(true),
        // rustc checks a code revision; there is no SQL to check.
        sql_check: false,
        lint_allow: Vec::new(),
        up: String::new(),
        up_line: up_line.unwrap_or(0),
        down: (!irreversible).then(String::new),
        down_line: down_line.unwrap_or(0),
        code_checksum: Some(Checksum::of(text, None)),
    })
}

/// The 1-based line where a top-level function `<name>` is declared (`pub
/// async fn up(` and its near misses, which the macro then names), if any.
fn code_function_line(text: &str, name: &str) -> Option<u32> {
    text.split('\n')
        .position(|line| {
            // Top level: rustfmt puts module items in column 0.
            let mut words = line
                .split(|c: char| c.is_whitespace() || c == '(' || c == '<')
                .filter(|w| !w.is_empty());
            let mut word = words.next();
            if word.is_some_and(|w| w == "pub" || w.starts_with("pub(")) {
                word = words.next();
            }
            if word == Some("async") {
                word = words.next();
            }
            word == Some("fn") && words.next() == Some(name)
        })
        .map(|i| i as u32 + 1)
}

/// The file name is `<revision>_...` or `<revision>.…`.
fn starts_with_revision(file_name: &str, revision: &str) -> bool {
    file_name
        .strip_prefix(revision)
        .is_some_and(|rest| rest.starts_with('_') || rest.starts_with('.'))
}

/// The 0-based index of the first line that is neither blank nor a comment.
fn first_sql_line(body: &str) -> Option<u32> {
    body.split('\n')
        .position(|line| {
            let line = line.trim();
            !line.is_empty() && !line.starts_with("--")
        })
        .map(|i| i as u32)
}

/// The text of a `-- review: <what>` line (after optional whitespace), the
/// marker autogenerate leaves wherever a person must decide.
pub fn review_marker(trimmed: &str) -> Option<&str> {
    let rest = trimmed.strip_prefix("--")?.trim_start();
    Some(rest.strip_prefix(REVIEW_MARKER)?.trim())
}

/// The word of a review line: `-- review: <what and why>`.
pub const REVIEW_MARKER: &str = "review:";

enum Marker<'a> {
    Up,
    Down { irreversible: bool },
    Unknown(&'a str),
}

/// Recognises `-- migrate:up`, `-- migrate:down` and `-- migrate:down irreversible`.
fn section_marker(trimmed: &str) -> Option<Marker<'_>> {
    let rest = trimmed.strip_prefix("--")?.trim_start();
    let rest = rest.strip_prefix("migrate:")?;
    // A trailing comment is allowed: `-- migrate:up -- adds the index`.
    let rest = rest
        .split_once("--")
        .map_or(rest, |(marker, _)| marker)
        .trim();
    Some(match rest {
        "up" => Marker::Up,
        "down" => Marker::Down {
            irreversible: false,
        },
        _ => match rest.split_whitespace().collect::<Vec<_>>().as_slice() {
            ["down", "irreversible"] => Marker::Down { irreversible: true },
            _ => Marker::Unknown(rest),
        },
    })
}

/// The file name without `.sql` or `.rs`.
fn file_stem(file_name: &str) -> &str {
    file_name
        .strip_suffix(".sql")
        .or_else(|| file_name.strip_suffix(".rs"))
        .unwrap_or(file_name)
}

/// Splits `key: value` out of a header comment, if it has that shape.
fn header_entry(comment: &str) -> Option<(&str, &str)> {
    let comment = comment.trim();
    let (key, value) = comment.split_once(':')?;
    let key = key.trim_end();
    let is_word = !key.is_empty()
        && key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    is_word.then(|| (key, value.trim()))
}

struct Section {
    marker_line: u32,
    start: usize,
    end: Option<usize>,
}

impl Section {
    fn open(marker_line: u32, start: usize) -> Self {
        Section {
            marker_line,
            start,
            end: None,
        }
    }

    fn body<'t>(&self, text: &'t str) -> &'t str {
        let end = self.end.unwrap_or(text.len()).max(self.start);
        &text[self.start..end]
    }
}

/// Which kind of file a header belongs to: the comment syntax and the keys
/// that apply differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Kind {
    #[default]
    Sql,
    Code,
}

impl Kind {
    fn comment(self) -> &'static str {
        match self {
            Kind::Sql => "--",
            Kind::Code => "//",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Kind::Sql => "sql",
            Kind::Code => "rs",
        }
    }
}

#[derive(Default)]
struct Header {
    kind: Kind,
    revision: Option<(String, u32)>,
    revision_invalid: bool,
    down_revision: Option<Vec<String>>,
    down_revision_invalid: bool,
    depends_on: Option<Vec<String>>,
    branch_labels: Option<Vec<String>>,
    message: Option<String>,
    transactional: Option<bool>,
    sql_check: Option<bool>,
    lint_allow: Option<Vec<String>>,
    irreversible: Option<bool>,
    seen: Vec<(&'static str, u32)>,
}

impl Header {
    fn new(kind: Kind) -> Self {
        Header {
            kind,
            ..Header::default()
        }
    }

    /// What a file that failed to parse still told about itself.
    fn partial(&self) -> Partial {
        Partial {
            revision: self.revision.as_ref().map(|(id, _)| id.clone()),
            labels: self.branch_labels.clone().unwrap_or_default(),
        }
    }

    /// The revision id, once the header has one, a `down_revision` and a
    /// file name that starts with the id; the problems otherwise.
    fn identity(&self, path: &str, file_name: &str, problems: &mut Vec<Problem>) -> Option<String> {
        let c = self.kind.comment();
        let Some((revision_id, revision_line)) = self.revision.clone() else {
            if !self.revision_invalid {
                problems.push(Problem::in_file(
                    path,
                    format!(
                        "missing header 'revision'; a migration starts with \
                         '{c} revision: <id>' and '{c} down_revision: <id, or none for a base>'"
                    ),
                ));
            }
            return None;
        };
        if self.down_revision.is_none() && !self.down_revision_invalid {
            problems.push(Problem::in_file(
                path,
                format!(
                    "missing header 'down_revision'; write '{c} down_revision: none' for a base revision"
                ),
            ));
        }
        if !starts_with_revision(file_name, &revision_id) {
            problems.push(Problem::at_line(
                path,
                revision_line,
                format!(
                    "file name must start with revision '{revision_id}' \
                     (rename it to '{revision_id}_<slug>.{}')",
                    self.kind.extension()
                ),
            ));
        }
        Some(revision_id)
    }
    fn entry(
        &mut self,
        path: &str,
        line: u32,
        key: &str,
        value: &str,
        problems: &mut Vec<Problem>,
    ) {
        let Some(&known) = HEADER_KEYS.iter().find(|k| **k == key) else {
            problems.push(Problem::at_line(
                path,
                line,
                format!(
                    "unknown header key '{key}'; expected one of {}",
                    HEADER_KEYS.join(", ")
                ),
            ));
            return;
        };
        if let Some((_, first)) = self.seen.iter().find(|(k, _)| *k == known) {
            problems.push(Problem::at_line(
                path,
                line,
                format!("header '{known}' given twice (first on line {first})"),
            ));
            return;
        }
        self.seen.push((known, line));
        let before = problems.len();
        match known {
            "revision" => match check_id(value) {
                Ok(()) => self.revision = Some((value.to_owned(), line)),
                Err(why) => {
                    self.revision_invalid = true;
                    problems.push(Problem::at_line(
                        path,
                        line,
                        format!("invalid revision id '{value}': {why}"),
                    ));
                }
            },
            "down_revision" => {
                let list = id_list(path, line, known, value, "revision id", problems);
                if problems.len() > before {
                    self.down_revision_invalid = true;
                } else {
                    self.down_revision = Some(list);
                }
            }
            "depends_on" => {
                self.depends_on = Some(id_list(
                    path,
                    line,
                    known,
                    value,
                    "revision id or branch label",
                    problems,
                ))
            }
            "branch_labels" => {
                self.branch_labels =
                    Some(id_list(path, line, known, value, "branch label", problems))
            }
            "message" => self.message = Some(value.to_owned()),
            "transactional" => match value {
                "true" => self.transactional = Some(true),
                "false" => self.transactional = Some(false),
                _ => problems.push(Problem::at_line(
                    path,
                    line,
                    format!("transactional must be 'true' or 'false', got '{value}'"),
                )),
            },
            "sql_check" | "lint_allow" if self.kind == Kind::Code => {
                problems.push(Problem::at_line(
                    path,
                    line,
                    format!("{known} applies to SQL revisions; rustc checks a code revision"),
                ))
            }
            "irreversible" if self.kind == Kind::Sql => problems.push(Problem::at_line(
                path,
                line,
                "irreversible is a header key of code revisions; \
                 a SQL revision writes '-- migrate:down irreversible'",
            )),
            "irreversible" => match value {
                "true" => self.irreversible = Some(true),
                "false" => self.irreversible = Some(false),
                _ => problems.push(Problem::at_line(
                    path,
                    line,
                    format!("irreversible must be 'true' or 'false', got '{value}'"),
                )),
            },
            "sql_check" => match value {
                "on" => self.sql_check = Some(true),
                "off" => self.sql_check = Some(false),
                _ => problems.push(Problem::at_line(
                    path,
                    line,
                    format!(
                        "sql_check must be 'on' or 'off', got '{value}'; \
                         'off' skips the build-time SQL check for this revision"
                    ),
                )),
            },
            "lint_allow" => {
                let mut rules = Vec::new();
                for name in value.split(',').map(str::trim) {
                    if crate::lint::rule::Rule::from_name(name).is_some() {
                        rules.push(name.to_owned());
                    } else {
                        problems.push(Problem::at_line(
                            path,
                            line,
                            format!(
                                "unknown lint rule '{name}' in lint_allow; expected a \
                                 comma-separated list of {}",
                                crate::lint::rule::Rule::names()
                            ),
                        ));
                    }
                }
                self.lint_allow = Some(rules);
            }
            _ => unreachable!("every key in HEADER_KEYS is handled"),
        }
    }
}

/// Parses `none` or a comma-separated list of ids.
fn id_list(
    path: &str,
    line: u32,
    key: &str,
    value: &str,
    what: &str,
    problems: &mut Vec<Problem>,
) -> Vec<String> {
    if value == "none" {
        return Vec::new();
    }
    if value.is_empty() {
        problems.push(Problem::at_line(
            path,
            line,
            format!("{key} is empty; write 'none' or a comma-separated list"),
        ));
        return Vec::new();
    }
    let mut list: Vec<String> = Vec::new();
    for item in value.split(',').map(str::trim) {
        if let Err(why) = check_id(item) {
            problems.push(Problem::at_line(
                path,
                line,
                format!("invalid {what} '{item}' in {key}: {why}"),
            ));
        } else if list.iter().any(|seen| seen == item) {
            problems.push(Problem::at_line(
                path,
                line,
                format!("'{item}' is listed twice in {key}"),
            ));
        } else {
            list.push(item.to_owned());
        }
    }
    list
}

/// Checks the rule for revision ids and branch labels: `[A-Za-z0-9_]`,
/// 1 to 64 characters, not a reserved word.
pub fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("it is empty".to_owned());
    }
    if let Some(bad) = id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '_'))
    {
        return Err(format!(
            "'{bad}' is not allowed; use letters, digits and '_'"
        ));
    }
    if id.len() > MAX_ID_LEN {
        return Err(format!("it is longer than {MAX_ID_LEN} characters"));
    }
    if RESERVED_IDS.contains(&id) {
        return Err(format!(
            "'{id}' is reserved for targets ({})",
            RESERVED_IDS.join(", ")
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str, text: &str) -> Result<SourceFile, Vec<String>> {
        let mut problems = Vec::new();
        let path = format!("m/{name}");
        parse_file(&path, name, text, &mut problems)
            .map_err(|_| problems.iter().map(|p| p.message().to_owned()).collect())
    }

    #[test]
    fn full_header_and_sections() {
        let file = parse(
            "c_consolidate.sql",
            "-- revision: c\n-- down_revision: a, b\n-- depends_on: x, lbl\n\
             -- branch_labels: ingest\n-- message: consolidate: heads\n\
             -- transactional: false\n\n-- migrate:up\nCREATE INDEX i;\n\n\
             -- migrate:down\nDROP INDEX i;\n",
        )
        .unwrap();
        assert_eq!(file.revision, "c");
        assert_eq!(file.down_revisions, ["a", "b"]);
        assert_eq!(file.depends_on, ["x", "lbl"]);
        assert_eq!(file.branch_labels, ["ingest"]);
        assert_eq!(file.message.as_deref(), Some("consolidate: heads"));
        assert!(!file.transactional);
        assert_eq!(file.up, "CREATE INDEX i;\n\n");
        assert_eq!(file.up_line, 9);
        assert_eq!(file.down.as_deref(), Some("DROP INDEX i;\n"));
        assert_eq!(file.down_line, 12);
    }

    #[test]
    fn crlf_and_bom() {
        let file = parse(
            "a.sql",
            "\u{feff}-- revision: a\r\n-- down_revision: none\r\n-- migrate:up\r\nSELECT 1;\r\n-- migrate:down\r\n",
        )
        .unwrap();
        assert_eq!(file.up, "SELECT 1;\n");
        assert!(file.down_revisions.is_empty());
        assert_eq!(file.down.as_deref(), Some(""));
    }

    #[test]
    fn irreversible() {
        let file = parse(
            "a_x.sql",
            "-- revision: a\n-- down_revision: none\n-- migrate:up\n-- nothing\n-- migrate:down irreversible\n-- why\n",
        )
        .unwrap();
        assert_eq!(file.down, None);
        let errs = parse(
            "a_x.sql",
            "-- revision: a\n-- down_revision: none\n-- migrate:up\nSELECT 1;\n-- migrate:down irreversible\n\nDROP TABLE t;\n",
        )
        .unwrap_err();
        assert_eq!(errs, ["m/a_x.sql:7: SQL after '-- migrate:down irreversible'; an irreversible revision has no down SQL (remove 'irreversible' to give one)"]);
    }

    #[test]
    fn code_revisions() {
        let text = "// revision: b2\n// down_revision: a1\n// message: fill\n\n\
                    //! Docs, then prose: not header lines.\n// note: free prose\n\n\
                    pub async fn up(db: Db<'_>) -> R {\n}\n\npub async fn down(db: Db<'_>) -> R {\n}\n";
        let file = parse("b2_fill.rs", text).unwrap();
        assert_eq!(file.revision, "b2");
        assert_eq!(file.down_revisions, ["a1"]);
        assert_eq!((file.up_line, file.down_line), (8, 11));
        assert_eq!(file.down, Some(String::new()));
        assert!(!file.sql_check);
        assert_eq!(file.code_checksum, Some(Checksum::of(text, None)));

        let irreversible = "// revision: b2\n// down_revision: a1\n// irreversible: true\n\n\
                            pub async fn up(db: Db<'_>) -> R {\n}\n";
        assert_eq!(parse("b2_x.rs", irreversible).unwrap().down, None);

        let errs = parse(
            "b2_x.rs",
            "// revision: b2\n// down_revision: a1\n// sql_check: off\n// irreversible: true\n\n\
             fn helper() {}\npub async fn down(db: Db<'_>) -> R {\n}\n",
        )
        .unwrap_err();
        assert_eq!(
            errs,
            [
                "m/b2_x.rs:3: sql_check applies to SQL revisions; rustc checks a code revision",
                "m/b2_x.rs: missing 'pub async fn up' at the start of a line; a code revision \
                 defines 'pub async fn up(db: &mut <connection>) -> Result<(), E>'",
                "m/b2_x.rs:7: 'pub async fn down' in a revision whose header says \
                 'irreversible: true'; remove one of them",
            ]
        );
        let errs = parse(
            "a_x.sql",
            "-- revision: a\n-- down_revision: none\n-- irreversible: true\n-- migrate:up\nSELECT 1;\n-- migrate:down\n",
        )
        .unwrap_err();
        assert_eq!(errs, ["m/a_x.sql:3: irreversible is a header key of code revisions; a SQL revision writes '-- migrate:down irreversible'"]);
        let errs = parse("b2_x.rs", "pub async fn up() {}\n").unwrap_err();
        assert_eq!(errs, ["m/b2_x.rs: missing header 'revision'; a migration starts with '// revision: <id>' and '// down_revision: <id, or none for a base>'"]);
    }

    #[test]
    fn every_problem_is_reported() {
        let errs = parse(
            "0004_users.sql",
            "-- revision: 0005_users\n-- down_rev: 0003\n-- transactional: maybe\n\
             -- branch_labels: ok, bad-label, ok\n-- migrate:up\n   \n",
        )
        .unwrap_err();
        assert_eq!(
            errs,
            [
                "m/0004_users.sql:2: unknown header key 'down_rev'; expected one of revision, down_revision, depends_on, branch_labels, message, transactional, sql_check, lint_allow, irreversible",
                "m/0004_users.sql:3: transactional must be 'true' or 'false', got 'maybe'",
                "m/0004_users.sql:4: invalid branch label 'bad-label' in branch_labels: '-' is not allowed; use letters, digits and '_'",
                "m/0004_users.sql:4: 'ok' is listed twice in branch_labels",
                "m/0004_users.sql: missing header 'down_revision'; write '-- down_revision: none' for a base revision",
                "m/0004_users.sql:1: file name must start with revision '0005_users' (rename it to '0005_users_<slug>.sql')",
                "m/0004_users.sql:5: empty '-- migrate:up' section; write the SQL, or a comment saying why this revision does nothing",
                "m/0004_users.sql: missing '-- migrate:down' (write '-- migrate:down irreversible' if it cannot be undone)",
            ]
        );
    }

    #[test]
    fn review_lines_are_reported_and_the_file_still_parses() {
        let mut problems = Vec::new();
        let file = parse_file(
            "m/b_x.sql",
            "b_x.sql",
            "-- revision: b\n-- down_revision: a\n-- review: rename or drop?\n\n-- migrate:up\n\
             ALTER TABLE t ADD c int;\n   --review:NOT NULL on a table with rows\n\
             -- migrate:down\nALTER TABLE t DROP c;\n-- reviewed: not a marker\n",
            &mut problems,
        )
        .unwrap();
        assert_eq!(file.revision, "b");
        let messages: Vec<&str> = problems.iter().map(Problem::message).collect();
        assert_eq!(
            messages,
            [
                "m/b_x.sql:3: generated revision needs review: rename or drop?; delete this line once done",
                "m/b_x.sql:7: generated revision needs review: NOT NULL on a table with rows; delete this line once done",
            ]
        );
        assert!(problems.iter().all(Problem::is_review));
        // With another problem, the file fails and both are reported.
        let errs = parse(
            "c_y.sql",
            "-- revision: c\n-- down_revision: b\n-- migrate:up\n-- review: x\n",
        )
        .unwrap_err();
        assert_eq!(
            errs,
            [
                "m/c_y.sql:4: generated revision needs review: x; delete this line once done",
                "m/c_y.sql: missing '-- migrate:down' (write '-- migrate:down irreversible' if it cannot be undone)",
            ]
        );
    }

    #[test]
    fn ids() {
        assert!(check_id("20251022_consolidate_heads").is_ok());
        assert!(check_id("head").is_err());
        assert!(check_id("a-b").is_err());
        assert!(check_id(&"a".repeat(64)).is_ok());
        assert!(check_id(&"a".repeat(65)).is_err());
        assert!(check_id("é").is_err());
    }

    #[test]
    fn file_name_rule() {
        assert!(starts_with_revision("a1_x.sql", "a1"));
        assert!(starts_with_revision("a1.sql", "a1"));
        assert!(!starts_with_revision("a10_x.sql", "a1"));
        assert!(!starts_with_revision("b_a1.sql", "a1"));
    }

    #[test]
    fn markers_out_of_order_and_sql_in_header() {
        let errs = parse(
            "a_x.sql",
            "-- revision: a\nCREATE TABLE t();\n-- down_revision: none\n-- migrate:down\n-- migrate:up\nSELECT 1;\n-- migrate:sideways\n",
        )
        .unwrap_err();
        assert!(
            errs[0].starts_with("m/a_x.sql:2: SQL before '-- migrate:up'"),
            "{errs:?}"
        );
        assert!(
            errs[2].starts_with("m/a_x.sql:4: '-- migrate:down' comes before"),
            "{errs:?}"
        );
        assert!(
            errs[1].starts_with("m/a_x.sql:7: unknown section marker '-- migrate:sideways'"),
            "{errs:?}"
        );
        assert_eq!(errs.len(), 3, "{errs:?}");
    }
}
