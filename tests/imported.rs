//! Directories `migraph import` wrote from the real histories in
//! `migrate-cli/tests/fixtures/adoption/` compile with `migrations!()` (the
//! macro's checks are the loader's), and importing again gives the same
//! files byte for byte.

use std::path::Path;

use migraph::{migrations, Migrations};

static SQLX: Migrations = migrations!("tests/imported/sqlx_atuin");
static DIESEL: Migrations = migrations!("tests/imported/diesel_chirpstack");
static REFINERY: Migrations = migrations!("tests/imported/refinery_examples");
static ALEMBIC: Migrations = migrations!("tests/imported/alembic_graph");

const FIXTURES: &str = "migrate-cli/tests/fixtures/adoption";

#[test]
fn imported_sets_compile_and_equal_the_loader() {
    for (set, dir, count) in [
        (&SQLX, "sqlx_atuin", 20),
        (&DIESEL, "diesel_chirpstack", 31),
        (&REFINERY, "refinery_examples", 2),
        (&ALEMBIC, "alembic_graph", 5),
    ] {
        let loaded = Migrations::load(Path::new("tests/imported").join(dir)).unwrap();
        assert_eq!(set.len(), count, "{dir}");
        assert_eq!(*set, loaded, "{dir}: macro and loader agree");
        assert_eq!(set.heads().len(), 1, "{dir}");
    }
    let b2 = ALEMBIC.get("b2").unwrap();
    assert!(!b2.is_transactional(), "the autocommit block");
    let labels: Vec<&str> = ALEMBIC.get("c3").unwrap().branch_labels().collect();
    assert_eq!(labels, ["reports"]);
    let deps: Vec<&str> = ALEMBIC.get("d4").unwrap().depends_on().collect();
    assert_eq!(deps, ["b2"]);
    let merge: Vec<&str> = ALEMBIC.get("e5").unwrap().down_revisions().collect();
    assert_eq!(merge, ["b2", "d4"]);
}

/// Re-importing the sqlx, diesel and refinery histories (no tool needed)
/// writes exactly the committed directories.
#[test]
fn import_is_deterministic() {
    use migraph_cli::import::{self, Options, Tool};
    for (tool, dir) in [
        (Tool::Sqlx, "sqlx_atuin"),
        (Tool::Diesel, "diesel_chirpstack"),
        (Tool::Refinery, "refinery_examples"),
    ] {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("reimport_{dir}_{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let imported = import::read(tool, &Path::new(FIXTURES).join(dir), &Options::default())
            .unwrap_or_else(|err| panic!("{dir}: {}", err.0));
        import::write_dir(&out, &imported).unwrap_or_else(|err| panic!("{dir}: {}", err.0));
        let golden = Path::new("tests/imported").join(dir);
        let names = |d: &Path| {
            let mut names: Vec<String> = std::fs::read_dir(d)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names
        };
        assert_eq!(names(&out), names(&golden), "{dir}");
        for name in names(&golden) {
            assert_eq!(
                std::fs::read_to_string(out.join(&name)).unwrap(),
                std::fs::read_to_string(golden.join(&name)).unwrap(),
                "{dir}/{name}"
            );
        }
        std::fs::remove_dir_all(&out).unwrap();
    }
}
