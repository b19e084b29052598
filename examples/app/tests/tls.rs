//! TLS end to end, on servers of the test's own: a PostgreSQL and a
//! MariaDB started in temporary directories on free ports, with TLS on (a
//! certificate authority and a server certificate for 127.0.0.1 made here
//! with rcgen) and plain connections refused. The directory CLI
//! (`migraph_cli::run`, what `migraph` and `cargo xtask` run) applies the
//! example set's SQL revisions over `sslmode=require` /
//! `ssl-mode=REQUIRED`; the embedded CLI (this package's binary) reads them
//! back over verified connections (`verify-full` and `verify-ca` /
//! `VERIFY_IDENTITY` with the test's authority), and refuses a server whose
//! certificate it cannot verify.
//!
//! The shared servers are left alone. Without the servers' programs the
//! tests skip, or fail under `MIGRATE_REQUIRE_DB=1`. The two run in
//! parallel, as the harness runs tests.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use migraph_test_support::{db, unique};

const PG_BIN: &str = "/usr/lib/postgresql/15/bin";
/// The example set's last SQL revision (the next is Rust, which only an
/// embedding binary runs).
const SQL_HEAD: &str = "20251023_0010";

/// A certificate authority and a server certificate it signed for
/// `127.0.0.1` and `localhost`, as PEM files in `dir`.
struct Certs {
    ca: PathBuf,
    cert: PathBuf,
    key: PathBuf,
}

impl Certs {
    fn write(dir: &Path) -> Certs {
        use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
        let ca_key = KeyPair::generate().unwrap();
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "migraph test authority");
        let ca = ca_params.self_signed(&ca_key).unwrap();
        let issuer = Issuer::new(ca_params, ca_key);
        let key = KeyPair::generate().unwrap();
        let mut params =
            CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()]).unwrap();
        params
            .distinguished_name
            .push(DnType::CommonName, "migraph test server");
        let cert = params.signed_by(&key, &issuer).unwrap();
        let certs = Certs {
            ca: dir.join("ca.pem"),
            cert: dir.join("server.crt"),
            key: dir.join("server.key"),
        };
        std::fs::write(&certs.ca, ca.pem()).unwrap();
        std::fs::write(&certs.cert, cert.pem()).unwrap();
        std::fs::write(&certs.key, key.serialize_pem()).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&certs.key, std::fs::Permissions::from_mode(0o600)).unwrap();
        certs
    }
}

/// Whether the servers' programs are here; when not, skips (`false`) or,
/// under `MIGRATE_REQUIRE_DB=1`, fails.
fn installed(programs: &[&str]) -> bool {
    match programs.iter().find(|p| !Path::new(p).is_file()) {
        None => true,
        Some(missing) if db::required() => {
            panic!("MIGRATE_REQUIRE_DB=1 but {missing} is not installed")
        }
        Some(missing) => {
            eprintln!(
                "skipping: {missing} is not installed; set MIGRATE_REQUIRE_DB=1 to fail instead"
            );
            false
        }
    }
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// A directory of the test's own, outside the repository (a server run by
/// the `postgres` account must be able to reach it), removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(unique(name));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs a command to its end; panics with its output when it fails.
#[track_caller]
fn must(command: &mut Command) -> Output {
    let output = command.output().expect("the program runs");
    assert!(
        output.status.success(),
        "{command:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// `example-app migrate <args>` with no `DATABASE_URL` of the environment.
fn embedded(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_example-app"))
        .arg("migrate")
        .args(args)
        .env_remove("DATABASE_URL")
        .output()
        .expect("the binary runs")
}

/// The directory CLI on the repository's `migrations/`, in this process;
/// whether it succeeded.
fn directory_cli(url: &str, args: &[&str]) -> bool {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
    let dir = dir.to_string_lossy().into_owned();
    let mut line = vec!["migraph", "--dir", &dir, "--database-url", url];
    line.extend_from_slice(args);
    migraph_cli::run(line) == std::process::ExitCode::SUCCESS
}

/// The same checks on either server: plain refused (`plain.1`: what the
/// server says, alternatives split by `|`), `require` applies, verified
/// reads back, unverifiable refused.
fn exercise(plain: (&str, &str), require: &str, verified: &[String], unverifiable: &str) {
    let refused = embedded(&["current", "--database-url", plain.0]);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(
        refused.status.code(),
        Some(1),
        "a plain connection was let in"
    );
    assert!(
        plain.1.split('|').any(|why| stderr.contains(why)),
        "{stderr}"
    );

    assert!(
        directory_cli(require, &["upgrade", SQL_HEAD]),
        "upgrade over TLS failed"
    );
    for url in verified {
        let current = embedded(&["current", "--json", "--database-url", url]);
        let stdout = String::from_utf8_lossy(&current.stdout);
        assert!(
            current.status.success(),
            "{url}: {stdout}{}",
            String::from_utf8_lossy(&current.stderr)
        );
        assert!(stdout.contains(SQL_HEAD), "{url}: {stdout}");
    }
    let unknown = embedded(&["current", "--database-url", unverifiable]);
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert_eq!(unknown.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot connect"), "{stderr}");
}

/// A PostgreSQL cluster of the test's own; stopped and removed on drop.
struct Postgres {
    data: PathBuf,
    as_postgres: bool,
    _dir: Scratch,
}

impl Postgres {
    fn command(&self, program: &str) -> Command {
        let program = format!("{PG_BIN}/{program}");
        if self.as_postgres {
            // PostgreSQL refuses to run as root.
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--", &program]);
            command
        } else {
            Command::new(program)
        }
    }

    fn start(certs_dir: &Path) -> (Postgres, u16) {
        let dir = Scratch::new("migraph_tls_pg");
        let server = Postgres {
            data: dir.0.join("data"),
            as_postgres: is_root(),
            _dir: dir,
        };
        if server.as_postgres {
            must(Command::new("chown").args(["postgres:", &server._dir.0.to_string_lossy()]));
        }
        must(server.command("initdb").args([
            "-D",
            &server.data.to_string_lossy(),
            "-U",
            "postgres",
            "-A",
            "trust",
            "--no-sync",
        ]));
        for file in ["server.crt", "server.key"] {
            std::fs::copy(certs_dir.join(file), server.data.join(file)).unwrap();
        }
        // TLS or nothing over TCP.
        std::fs::write(
            server.data.join("pg_hba.conf"),
            "local all all trust\nhostssl all all 127.0.0.1/32 trust\n",
        )
        .unwrap();
        if server.as_postgres {
            must(Command::new("chown").args(["-R", "postgres:", &server.data.to_string_lossy()]));
        }
        let port = free_port();
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c ssl=on \
             -c ssl_cert_file=server.crt -c ssl_key_file=server.key -c fsync=off",
            server._dir.0.display()
        );
        must(server.command("pg_ctl").args([
            "-D",
            &server.data.to_string_lossy(),
            "-l",
            &server._dir.0.join("log").to_string_lossy(),
            "-w",
            "-o",
            &options,
            "start",
        ]));
        (server, port)
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .args([
                "-D",
                &self.data.to_string_lossy(),
                "-m",
                "immediate",
                "stop",
            ])
            .stdout(Stdio::null())
            .output();
    }
}

#[test]
fn postgres_over_tls() {
    if !installed(&[&format!("{PG_BIN}/initdb"), &format!("{PG_BIN}/pg_ctl")]) {
        return;
    }
    let certs_dir = Scratch::new("migraph_tls_pg_certs");
    let certs = Certs::write(&certs_dir.0);
    let (_server, port) = Postgres::start(&certs_dir.0);
    let base = format!("postgres://postgres@127.0.0.1:{port}/postgres");
    let ca = certs.ca.to_string_lossy();
    exercise(
        (&format!("{base}?sslmode=disable"), "no encryption"),
        &format!("{base}?sslmode=require"),
        &[
            format!("{base}?sslmode=verify-full&sslrootcert={ca}"),
            format!("{base}?sslmode=verify-ca&sslrootcert={ca}"),
        ],
        &format!("{base}?sslmode=verify-full"),
    );
}

/// A MariaDB server of the test's own; killed and removed on drop.
struct Mariadb {
    child: Child,
    _dir: Scratch,
}

impl Drop for Mariadb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn mariadb_over_tls() {
    if !installed(&[
        "/usr/sbin/mariadbd",
        "/usr/bin/mariadb-install-db",
        "/usr/bin/mariadb",
    ]) {
        return;
    }
    let dir = Scratch::new("migraph_tls_maria");
    let certs = Certs::write(&dir.0);
    let data = dir.0.join("data");
    let socket = dir.0.join("sock");
    let user: &[&str] = if is_root() { &["--user=root"] } else { &[] };
    must(
        Command::new("mariadb-install-db")
            .args(["--no-defaults", "--auth-root-authentication-method=normal"])
            .arg("--skip-test-db")
            .arg(format!("--datadir={}", data.display()))
            .args(user),
    );
    let port = free_port();
    let child = Command::new("/usr/sbin/mariadbd")
        .arg("--no-defaults")
        .arg(format!("--datadir={}", data.display()))
        .arg(format!("--socket={}", socket.display()))
        .arg(format!("--pid-file={}", dir.0.join("pid").display()))
        .arg(format!("--log-error={}", dir.0.join("err.log").display()))
        .arg(format!("--port={port}"))
        .arg("--bind-address=127.0.0.1")
        .arg(format!("--ssl-cert={}", certs.cert.display()))
        .arg(format!("--ssl-key={}", certs.key.display()))
        .arg("--require-secure-transport=ON")
        .args(["--skip-log-bin", "--innodb-buffer-pool-size=16M"])
        .args(user)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("mariadbd starts");
    let mut server = Mariadb { child, _dir: dir };
    // Up when its socket (a secure transport) answers.
    let client = |sql: &str| {
        Command::new("mariadb")
            .arg(format!("--socket={}", socket.display()))
            .args(["-u", "root", "-e", sql])
            .output()
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while !client("SELECT 1").is_ok_and(|o| o.status.success()) {
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!(
                "mariadbd exited with {status}: {}",
                std::fs::read_to_string(server._dir.0.join("err.log")).unwrap_or_default()
            );
        }
        assert!(Instant::now() < deadline, "mariadbd did not start in 60 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    must(
        Command::new("mariadb")
            .arg(format!("--socket={}", socket.display()))
            .args(["-u", "root", "-e", "CREATE DATABASE app"]),
    );
    let base = format!("mysql://root@127.0.0.1:{port}/app");
    let ca = certs.ca.to_string_lossy();
    exercise(
        // MariaDB 10.11 refuses a plain connection under
        // require_secure_transport as access denied (the same account is let
        // in over TLS below); later versions name the transport.
        (
            &format!("{base}?ssl-mode=DISABLED"),
            "insecure transport|1045 (28000): Access denied",
        ),
        &format!("{base}?ssl-mode=REQUIRED"),
        &[
            format!("{base}?ssl-mode=VERIFY_IDENTITY&ssl-ca={ca}"),
            format!("{base}?ssl-mode=VERIFY_CA&ssl-ca={ca}"),
        ],
        &format!("{base}?ssl-mode=VERIFY_IDENTITY"),
    );
}
