//! Rust code revisions: the erased shape in which `migrations!()` hands a
//! revision's `up` and `down` functions to the runtime.
//!
//! A code revision is a `<revision>_<slug>.rs` file of the user's crate with
//! `pub async fn up(db)` (and `down`, unless irreversible). The macro wraps
//! each function into a [`CodeFn`]: it receives the runner's connection as
//! `&mut dyn Any` and turns it into the parameter the function declares (a
//! `&mut` sqlx connection, or the runtime's `Db` enum) through
//! [`CodeParam`]. The runtime implements [`CodeParam`] for each driver it is
//! built with; this module stays free of sqlx.

use std::any::Any;
use std::future::Future;
use std::pin::Pin;

/// The error a code revision returns, boxed.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The future of one run of a code revision's function.
pub type CodeFuture<'a> = Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send + 'a>>;

/// A code revision's `up` or `down`, erased: the argument is the runner's
/// connection (inside the revision's transaction unless the revision says
/// `transactional: false`).
pub type CodeFn = for<'a> fn(&'a mut (dyn Any + Send)) -> CodeFuture<'a>;

/// The functions of one code revision, as `migrations!()` embeds them.
#[derive(Clone, Copy)]
pub struct CodeEntry {
    /// The revision id.
    pub revision: &'static str,
    /// Its `up`.
    pub up: CodeFn,
    /// Its `down`; `None` for an irreversible revision.
    pub down: Option<CodeFn>,
}

impl std::fmt::Debug for CodeEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CodeEntry")
            .field("revision", &self.revision)
            .field("down", &self.down.is_some())
            .finish_non_exhaustive()
    }
}

/// What a code revision's function may take: made from the runner's
/// connection, or `None` when that connection is of another database.
#[diagnostic::on_unimplemented(
    message = "a code revision's `up` and `down` take `&mut PgConnection`, `&mut SqliteConnection`, \
               `&mut MySqlConnection` or `migraph::runtime::Db<'_>`, not `{Self}`",
    note = "the connection type also needs the matching feature of `migraph` (postgres, sqlite or mysql)"
)]
pub trait CodeParam<'a>: Sized {
    /// The parameter, if `conn` is a connection it can be made from.
    fn from_connection(conn: &'a mut (dyn Any + Send)) -> Option<Self>;

    /// How the parameter is named in the error when the connection does not fit.
    fn expected() -> &'static str;
}

/// Calls `function` with the runner's connection, for the wrappers that
/// `migrations!()` generates. Its bounds are what a code revision's
/// function must satisfy, so a wrong signature is a type error here.
pub fn call<'a, P, F, Fut, E>(conn: &'a mut (dyn Any + Send), function: F) -> CodeFuture<'a>
where
    P: CodeParam<'a>,
    F: FnOnce(P) -> Fut,
    Fut: Future<Output = Result<(), E>> + Send + 'a,
    E: Into<BoxError>,
{
    match P::from_connection(conn) {
        Some(param) => {
            let future = function(param);
            Box::pin(async move { future.await.map_err(Into::into) })
        }
        None => Box::pin(std::future::ready(Err(BoxError::from(format!(
            "this code revision takes {}, which this database's connection is not",
            P::expected()
        ))))),
    }
}
