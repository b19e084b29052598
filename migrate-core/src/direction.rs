//! Which way a step goes: the one word the planner, the ledger and the
//! errors share.

use std::fmt;

/// Which way a step goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Apply the up section.
    Up,
    /// Apply the down section.
    Down,
}

impl Direction {
    /// `"up"` or `"down"`, as in `--json` output.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
