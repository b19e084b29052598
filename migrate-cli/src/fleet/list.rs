//! The list of `--each FILE|-`: one URL a line, blank lines and lines
//! starting with `#` left out, read on a thread of its own and handed on
//! through a small channel, so a list of any length (or a pipe that is
//! still being written) is never held whole.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use futures_util::stream::{self, Stream};

use crate::Failure;

/// One URL of the list.
pub struct Line {
    /// 1-based, as an editor counts.
    pub number: usize,
    pub url: String,
}

/// Lines read ahead of the run, at most.
const AHEAD: usize = 64;

/// Whether `--each` names standard input.
pub fn is_stdin(source: &Path) -> bool {
    source == Path::new("-")
}

/// The URLs of `source` (`-`: standard input), as they are read. A read
/// error ends the list and is reported on stderr; the run then exits 1.
pub fn urls(
    source: &Path,
) -> Result<(impl Stream<Item = Line> + Send + 'static, ReadError), Failure> {
    let reader: Box<dyn Read + Send> = if is_stdin(source) {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(source).map_err(|err| {
            Failure(format!(
                "cannot read the list of databases {}: {err}",
                source.display()
            ))
        })?)
    };
    let (sender, receiver) = tokio::sync::mpsc::channel::<Line>(AHEAD);
    let failed = ReadError::default();
    let report = failed.clone();
    let name = source.display().to_string();
    std::thread::spawn(move || {
        for (index, line) in BufReader::new(reader).split(b'\n').enumerate() {
            let bytes = match line {
                Ok(bytes) => bytes,
                Err(err) => {
                    report.set(format!("reading {name} at line {}: {err}", index + 1));
                    break;
                }
            };
            let text = String::from_utf8_lossy(&bytes);
            let url = text.trim();
            if url.is_empty() || url.starts_with('#') {
                continue;
            }
            let line = Line {
                number: index + 1,
                url: url.to_owned(),
            };
            if sender.blocking_send(line).is_err() {
                break; // the run is over
            }
        }
    });
    let lines = stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|line| (line, receiver))
    });
    Ok((lines, failed))
}

/// How many URLs a list file holds (for the bar); `None` for standard
/// input, which can be read only once.
pub fn count(source: &Path) -> Option<u64> {
    if is_stdin(source) {
        return None;
    }
    let file = std::fs::File::open(source).ok()?;
    let mut n = 0;
    for line in BufReader::new(file).split(b'\n') {
        let bytes = line.ok()?;
        let text = String::from_utf8_lossy(&bytes);
        let url = text.trim();
        if !url.is_empty() && !url.starts_with('#') {
            n += 1;
        }
    }
    Some(n)
}

/// A read error of the list, set by the reading thread.
#[derive(Clone, Default)]
pub struct ReadError(std::sync::Arc<std::sync::Mutex<Option<String>>>);

impl ReadError {
    fn set(&self, message: String) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(message);
    }

    /// The error, once the list has ended.
    pub fn take(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}
