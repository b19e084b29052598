//! The macro's arguments: `migrations!()`, `migrations!("dir")`,
//! `migrations!("dir", allow_multiple_heads, allow_multiple_bases)`.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

/// Directory used by `migrations!()` without arguments.
pub const DEFAULT_DIR: &str = "migrations";

pub struct Args {
    /// The directory as written, relative to the crate root.
    pub dir: String,
    /// Where errors about the directory point: the literal, or the call site.
    pub span: Span,
    pub allow_multiple_heads: bool,
    pub allow_multiple_bases: bool,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut args = Args {
            dir: DEFAULT_DIR.to_owned(),
            span: Span::call_site(),
            allow_multiple_heads: false,
            allow_multiple_bases: false,
        };
        if input.is_empty() {
            return Ok(args);
        }
        let lit: LitStr = input.parse()?;
        args.dir = lit.value();
        args.span = lit.span();
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let option: Ident = input.parse()?;
            let flag = match option.to_string().as_str() {
                "allow_multiple_heads" => &mut args.allow_multiple_heads,
                "allow_multiple_bases" => &mut args.allow_multiple_bases,
                other => {
                    return Err(syn::Error::new(
                        option.span(),
                        format!(
                            "unknown option '{other}'; expected allow_multiple_heads or allow_multiple_bases"
                        ),
                    ))
                }
            };
            if std::mem::replace(flag, true) {
                return Err(syn::Error::new(
                    option.span(),
                    format!("option '{option}' is given twice"),
                ));
            }
        }
        Ok(args)
    }
}
