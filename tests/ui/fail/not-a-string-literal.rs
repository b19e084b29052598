// The directory must be a string literal.

static M: migrate::Migrations = migrate::migrations!(tests / ui / fixtures);

fn main() {}
