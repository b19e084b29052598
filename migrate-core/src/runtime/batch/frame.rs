//! A message framed by a statement before it and one after its rows: the
//! savepoint a step of verify's stairway in one transaction opens and
//! releases in the revision's own round trip.

use super::Message;

impl Message<'_> {
    /// Puts `open` before every other statement (a setting, to a failure)
    /// and `close` after the bookkeeping rows (bookkeeping, to a failure).
    pub(in crate::runtime) fn frame(&mut self, open: &str, close: &str) {
        let first = format!("{open};\n");
        self.sql.insert_str(0, &first);
        for (_, offset) in &mut self.body {
            *offset += first.len();
        }
        self.bookkeeping += first.len();
        self.settings += 1;
        self.sql.push_str(";\n");
        self.sql.push_str(close);
    }
}
