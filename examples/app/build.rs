//! Rebuilds (and so re-checks) the embedded set whenever a file of the
//! repository's `migrations/` is added, edited or removed.

fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
