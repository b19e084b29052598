//! Re-checks the embedded migrations whenever a file is added or removed.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
