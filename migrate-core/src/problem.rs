//! Problems found in a migration directory, reported all at once.

use std::fmt;

/// One thing wrong with a migration directory.
///
/// The message is complete on its own (it names the file, and the line where
/// one is known); `file` and `line` repeat them for tools that want to point
/// at the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    message: String,
    file: Option<String>,
    line: Option<u32>,
    /// A `-- review:` line left by autogenerate: it stops a build and every
    /// command that applies or records revisions, but not one that only reads.
    review: bool,
}

impl Problem {
    /// A problem at a line of a file: `file:line: message`.
    pub fn at_line(file: &str, line: u32, message: impl fmt::Display) -> Self {
        Problem {
            message: format!("{file}:{line}: {message}"),
            file: Some(file.to_owned()),
            line: Some(line),
            review: false,
        }
    }

    /// A problem at a line and column of a file: `file:line:column: message`.
    #[cfg(feature = "sql-check")]
    pub(crate) fn at_column(
        file: &str,
        line: u32,
        column: u32,
        message: impl fmt::Display,
    ) -> Self {
        Problem {
            message: format!("{file}:{line}:{column}: {message}"),
            file: Some(file.to_owned()),
            line: Some(line),
            review: false,
        }
    }

    /// A problem with a whole file: `file: message`.
    pub(crate) fn in_file(file: &str, message: impl fmt::Display) -> Self {
        Problem {
            message: format!("{file}: {message}"),
            file: Some(file.to_owned()),
            line: None,
            review: false,
        }
    }

    /// A problem whose message names its files itself; `file` is the one to
    /// point at first.
    pub(crate) fn about(file: Option<&str>, message: String) -> Self {
        Problem {
            message,
            file: file.map(str::to_owned),
            line: None,
            review: false,
        }
    }

    /// A `-- review: <what>` line that autogenerate wrote where a person must
    /// decide: `file:line: generated revision needs review: <what>; delete
    /// this line once done`.
    pub(crate) fn review(file: &str, line: u32, what: &str) -> Self {
        Problem {
            review: true,
            ..Problem::at_line(
                file,
                line,
                format!("generated revision needs review: {what}; delete this line once done"),
            )
        }
    }

    /// Whether this is a `-- review:` line still in a revision (see
    /// [`GraphPolicy::allow_review_markers`](crate::GraphPolicy::allow_review_markers)).
    pub fn is_review(&self) -> bool {
        self.review
    }

    /// The full message, as the macro and the CLI print it.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The file the problem is in, relative to the crate (or as given to the CLI).
    pub fn file(&self) -> Option<&str> {
        self.file.as_deref()
    }

    /// The 1-based line, where the problem is in one line.
    pub fn line(&self) -> Option<u32> {
        self.line
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every problem of a migration directory, in the order they were found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub(crate) Vec<Problem>);

impl Problems {
    /// The problems, one per message.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.0.iter()
    }

    /// How many problems there are (never zero).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: an empty list is not an error. Here for clippy's sake.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for Problems {
    /// One problem a line; the program that shows them labels each (the
    /// macro as a compile error, the CLI as `error:`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}
