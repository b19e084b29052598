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

impl fmt::Display for Checksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
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
        if s.len() != 64 || !s.is_ascii() {
            return Err(err());
        }
        let mut bytes = [0u8; 32];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|_| err())?;
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
    }
}
