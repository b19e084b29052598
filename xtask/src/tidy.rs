//! Repository hygiene, checked by `cargo test -p xtask`.

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use crate::project_root;

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if path.is_dir() {
                // Build output, VCS data and trybuild cases (which open with a
                // plain comment saying what they check) are not ours to tidy.
                if !matches!(name.as_ref(), "target" | ".git" | "ui") && !name.starts_with('.') {
                    rust_files(&path, out);
                }
            } else if name.ends_with(".rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_rust_file_starts_with_a_module_doc() {
        let mut files = Vec::new();
        rust_files(&project_root(), &mut files);
        assert!(files.len() > 10, "found only {files:?}");
        let missing: Vec<_> = files
            .iter()
            .filter(|path| {
                let text = std::fs::read_to_string(path).unwrap_or_default();
                !text.starts_with("//!")
            })
            .collect();
        assert!(
            missing.is_empty(),
            "files without a leading //! line: {missing:?}"
        );
    }
}
