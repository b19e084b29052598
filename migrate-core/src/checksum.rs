//! Checksums of migration SQL that survive line-ending changes.

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

/// SHA-256 of a revision's up and down SQL, after normalisation.
///
/// The loader hands in text whose line endings are already `\n` and whose
/// BOM is gone; each section is trimmed so that blank lines around it do not
/// count. The header (message, labels, flags) is not part of the checksum.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Checksum([u8; 32]);

impl Checksum {
    /// Computes the checksum of an up section and an optional down section
    /// (`None` for an irreversible revision).
    pub fn of(up: &str, down: Option<&str>) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(up.trim().as_bytes());
        match down {
            Some(down) => {
                hasher.update([0u8]);
                hasher.update(down.trim().as_bytes());
            }
            None => hasher.update([0xffu8]),
        }
        Checksum(hasher.finalize().into())
    }

    /// Wraps raw bytes, for values embedded by the macro.
    pub const fn from_bytes(bytes: [u8; 32]) -> Self {
        Checksum(bytes)
    }

    /// The raw 32 bytes.
    pub const fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl Checksum {
    /// The 64 lowercase hexadecimal digits, without allocating: a start-up
    /// at head compares one per applied revision.
    pub fn hex(&self) -> [u8; 64] {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = [0u8; 64];
        for (pair, byte) in out.chunks_exact_mut(2).zip(self.0) {
            pair[0] = DIGITS[usize::from(byte >> 4)];
            pair[1] = DIGITS[usize::from(byte & 0xf)];
        }
        out
    }

    /// Whether `text` is this checksum in hexadecimal (either case).
    pub fn matches_hex(&self, text: &str) -> bool {
        text.len() == 64 && text.as_bytes().eq_ignore_ascii_case(&self.hex())
    }
}

impl fmt::Display for Checksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hex = self.hex();
        // ASCII digits by construction.
        f.write_str(std::str::from_utf8(&hex).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for Checksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Checksum({self})")
    }
}

/// The text is not 64 hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a checksum is 64 hexadecimal digits, got '{0}'")]
pub struct ParseChecksumError(String);

impl FromStr for Checksum {
    type Err = ParseChecksumError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseChecksumError(s.to_owned());
        if s.len() != 64 {
            return Err(err());
        }
        let nibble = |digit: u8| char::from(digit).to_digit(16).ok_or_else(err);
        let mut bytes = [0u8; 32];
        for (byte, pair) in bytes.iter_mut().zip(s.as_bytes().chunks_exact(2)) {
            *byte = (nibble(pair[0])? << 4 | nibble(pair[1])?) as u8;
        }
        Ok(Checksum(bytes))
    }
}

/// Drops a UTF-8 BOM and turns `\r\n` into `\n`, so that a Windows checkout
/// reads the same text as a Unix one.
pub fn normalize(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_and_bom_do_not_change_the_checksum() {
        let unix = normalize("CREATE TABLE a (x int);\nSELECT 1;\n").into_owned();
        let windows = normalize("\u{feff}CREATE TABLE a (x int);\r\nSELECT 1;\r\n").into_owned();
        assert_eq!(unix, windows);
        assert_eq!(
            Checksum::of(&unix, Some("DROP TABLE a;")),
            Checksum::of(&windows, Some("DROP TABLE a;\n\n"))
        );
    }

    #[test]
    fn up_down_and_irreversibility_all_count() {
        let base = Checksum::of("a", Some("b"));
        assert_ne!(base, Checksum::of("a", Some("c")));
        assert_ne!(base, Checksum::of("ab", Some("")));
        assert_ne!(Checksum::of("a", Some("")), Checksum::of("a", None));
    }

    #[test]
    fn hex_round_trip() {
        let sum = Checksum::of("SELECT 1;", None);
        assert_eq!(sum.to_string().parse::<Checksum>(), Ok(sum));
        assert!("xyz".parse::<Checksum>().is_err());
        assert!("é".repeat(32).parse::<Checksum>().is_err());
        assert!(sum.matches_hex(&sum.to_string()));
        assert!(sum.matches_hex(&sum.to_string().to_uppercase()));
        assert!(!sum.matches_hex(&Checksum::of("SELECT 2;", None).to_string()));
        assert!(!sum.matches_hex("00"));
    }
}
