//! Repository hygiene, checked by `cargo test -p xtask`: every Rust file
//! opens with a module doc (a code revision, after its header), and `migrate-core` keeps its layering (the pure
//! modules never reach into `runtime/`, no import circle joins any two
//! modules, and no runtime file grows past 500 lines).

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet, HashMap};
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
                // A code revision opens with its `// revision:` header; its
                // module doc follows the header.
                let code_revision = text.starts_with("// revision:") && text.contains("\n//!");
                !text.starts_with("//!") && !code_revision
            })
            .collect();
        assert!(
            missing.is_empty(),
            "files without a leading //! line: {missing:?}"
        );
    }

    #[test]
    fn comments_cite_nothing_outside_the_repository() {
        let mut files = Vec::new();
        rust_files(&project_root(), &mut files);
        // Documents the project was specified from live outside the
        // repository; a reader of the code cannot open them.
        let outside = ["SPEC §", "SPEC section", "reference/", "alembic-semantics"];
        let citing: Vec<String> = files
            .iter()
            .filter(|path| !path.ends_with("tidy.rs"))
            .flat_map(|path| {
                let text = std::fs::read_to_string(path).unwrap_or_default();
                text.lines()
                    .enumerate()
                    .filter(|(_, line)| {
                        let line = line.trim_start();
                        line.starts_with("//") && outside.iter().any(|o| line.contains(o))
                    })
                    .map(|(n, _)| format!("{}:{}", path.display(), n + 1))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert!(
            citing.is_empty(),
            "comments citing documents outside the repository: {citing:?}"
        );
    }

    /// A `migrate-core/src` file as a module path (`ledger/sql.rs` is
    /// `["ledger", "sql"]`, `ledger/mod.rs` is `["ledger"]`).
    fn module_path(rel: &Path) -> Vec<String> {
        let mut parts: Vec<String> = rel
            .with_extension("")
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
            parts.pop();
        }
        parts
    }

    /// The module paths a file names through `crate::`, `super::` and
    /// `self::`, outside comments, re-exports of its children and its unit
    /// tests, with `{a, b::c}` groups expanded to their first segments.
    fn referenced_paths(text: &str, module: &[String]) -> Vec<Vec<String>> {
        let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or("");
        // A module re-exporting its children (`pub use self::record::Record`)
        // does not depend on them; its own code is what counts.
        let code: String = code
            .lines()
            .map(str::trim_start)
            .filter(|line| !line.starts_with("//") && !line.starts_with("pub use self::"))
            .collect::<Vec<_>>()
            .join("\n");
        let bytes = code.as_bytes();
        let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if !code.is_char_boundary(i) {
                i += 1;
                continue;
            }
            let rest = &code[i..];
            let start = ["crate::", "super::", "self::"]
                .into_iter()
                .find(|kw| rest.starts_with(kw) && (i == 0 || !ident(bytes[i - 1])));
            let Some(keyword) = start else {
                i += 1;
                continue;
            };
            let own = module.to_vec();
            let mut base = match keyword {
                "crate::" => Vec::new(),
                "self::" => own,
                _ => own[..own.len().saturating_sub(1)].to_vec(),
            };
            let mut j = i + keyword.len();
            let mut path = Vec::new();
            loop {
                if code[j..].starts_with("super::") {
                    base.pop();
                    j += "super::".len();
                    continue;
                }
                let end = code[j..]
                    .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .map_or(code.len(), |n| j + n);
                if end > j {
                    path.push(code[j..end].to_owned());
                }
                j = end;
                if code[j..].starts_with("::{") {
                    let close = code[j..].find('}').map_or(code.len(), |n| j + n);
                    for item in code[j + 3..close].split(',') {
                        let first = item.trim().split("::").next().unwrap_or("").trim();
                        let first = first.split_whitespace().next().unwrap_or("");
                        if !first.is_empty() && first != "self" {
                            let mut full = base.clone();
                            full.extend(path.iter().cloned());
                            full.push(first.to_owned());
                            out.push(full);
                        }
                    }
                    j = close;
                    break;
                }
                if code[j..].starts_with("::") {
                    j += 2;
                    continue;
                }
                let mut full = base.clone();
                full.extend(path.iter().cloned());
                out.push(full);
                break;
            }
            i = j.max(i + 1);
        }
        out
    }

    #[test]
    fn no_runtime_file_is_over_500_lines() {
        let mut paths = Vec::new();
        rust_files(&project_root().join("migrate-core/src/runtime"), &mut paths);
        let long: Vec<String> = paths
            .iter()
            .filter_map(|path| {
                let lines = std::fs::read_to_string(path).ok()?.lines().count();
                (lines > 500).then(|| format!("{} ({lines} lines)", path.display()))
            })
            .collect();
        assert!(paths.len() > 10, "found only {paths:?}");
        assert!(long.is_empty(), "split these by responsibility: {long:?}");
    }

    #[test]
    fn the_pure_core_never_imports_the_runtime_and_no_import_circle_anywhere() {
        let src = project_root().join("migrate-core/src");
        let mut paths = Vec::new();
        rust_files(&src, &mut paths);
        let files: HashMap<Vec<String>, String> = paths
            .iter()
            .map(|p| {
                let rel = p.strip_prefix(&src).unwrap();
                (module_path(rel), rel.to_string_lossy().into_owned())
            })
            .collect();
        // Items the crate root re-exports (`crate::Migrations`) stand for the
        // module that defines them.
        let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
        let mut reexports: HashMap<String, Vec<String>> = HashMap::new();
        for line in lib
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub use crate::"))
        {
            let line = line.trim_end_matches(';');
            let (module, items) = match line.find("::{") {
                Some(at) => (&line[..at], line[at + 3..].trim_end_matches('}')),
                None => line.rsplit_once("::").unwrap_or((line, "")),
            };
            for item in items.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                reexports.insert(
                    item.to_owned(),
                    module.split("::").map(str::to_owned).collect(),
                );
            }
        }
        let resolve = |mut segs: Vec<String>| -> Option<String> {
            if let Some(module) = segs.first().and_then(|s| reexports.get(s)) {
                if !files.contains_key(&segs[..1]) {
                    let mut full = module.clone();
                    full.extend(segs.drain(1..));
                    segs = full;
                }
            }
            (0..=segs.len())
                .rev()
                .find_map(|n| files.get(&segs[..n]).cloned())
        };
        let pure = |file: &str| !file.starts_with("runtime/") && file != "lib.rs";
        // Every file but the crate root, the runtime's included: imports go
        // one way in both layers.
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (module, file) in &files {
            if file == "lib.rs" {
                continue;
            }
            let text = std::fs::read_to_string(src.join(file)).unwrap();
            let targets = edges.entry(file.clone()).or_default();
            for path in referenced_paths(&text, module) {
                if let Some(target) = resolve(path) {
                    if &target != file {
                        targets.insert(target);
                    }
                }
            }
        }
        let upward: Vec<String> = edges
            .iter()
            .filter(|(file, _)| pure(file))
            .flat_map(|(file, targets)| {
                targets
                    .iter()
                    .filter(|t| !pure(t))
                    .map(move |t| format!("{file} -> {t}"))
            })
            .collect();
        assert!(
            upward.is_empty(),
            "pure modules of migrate-core import the runtime (or the crate root): {upward:?}"
        );
        // Depth-first search for a back edge.
        fn visit(
            file: &str,
            edges: &BTreeMap<String, BTreeSet<String>>,
            state: &mut HashMap<String, u8>,
            stack: &mut Vec<String>,
        ) -> Option<Vec<String>> {
            state.insert(file.to_owned(), 1);
            stack.push(file.to_owned());
            for next in edges.get(file).into_iter().flatten() {
                match state.get(next.as_str()) {
                    Some(1) => {
                        let from = stack.iter().position(|f| f == next).unwrap_or(0);
                        let mut circle = stack[from..].to_vec();
                        circle.push(next.clone());
                        return Some(circle);
                    }
                    Some(_) => {}
                    None => {
                        if let Some(circle) = visit(next, edges, state, stack) {
                            return Some(circle);
                        }
                    }
                }
            }
            stack.pop();
            state.insert(file.to_owned(), 2);
            None
        }
        let mut state = HashMap::new();
        for file in edges.keys() {
            if !state.contains_key(file) {
                let circle = visit(file, &edges, &mut state, &mut Vec::new());
                assert!(
                    circle.is_none(),
                    "import circle in migrate-core: {circle:?}"
                );
            }
        }
        assert!(edges.len() > 10, "found only {:?}", edges.keys());
        assert!(
            edges["plan.rs"].contains("target.rs"),
            "the import scan missed an edge: {:?}",
            edges["plan.rs"]
        );
        assert!(
            edges["runtime/run.rs"].contains("runtime/lock.rs"),
            "the import scan missed a runtime edge: {:?}",
            edges["runtime/run.rs"]
        );
    }
}
