// An absolute directory is refused: it would tie the build to one machine.

static M: migraph::Migrations = migraph::migrations!("/etc/migrations");

fn main() {}
