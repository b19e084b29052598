// An absolute directory is refused: it would tie the build to one machine.

static M: migrate::Migrations = migrate::migrations!("/etc/migrations");

fn main() {}
