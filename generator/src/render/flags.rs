//! An input's command-line flag, as both the command line (`cli.rs`) and the parameters
//! structs (`params.rs`, whose fields are the flags of their subcommand) write it: its help for
//! a terminal, its value type and parser, and its attributes.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::model::{Parameter, Type};

fn id(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

fn lit(s: &str) -> Literal {
    Literal::string(s)
}

/// Help text for a terminal: Markdown links become their text, escapes are dropped.
pub(super) fn plain(markdown: &str) -> String {
    let bytes = markdown.as_bytes();
    let mut out = String::with_capacity(markdown.len());
    let mut mids = crate::docs::NextMatch::new(b"](");
    let mut closes = crate::docs::NextMatch::new(b")");
    let mut pos = 0;
    while let Some(open) = markdown[pos..].find('[').map(|at| at + pos) {
        out.push_str(&markdown[pos..open]);
        let start = open + 1;
        match (
            mids.at_or_after(bytes, start),
            closes.at_or_after(bytes, start),
        ) {
            (Some(mid), Some(close)) if mid < close => {
                out.push_str(&markdown[start..mid]);
                pos = close + 1;
            }
            _ => {
                out.push('[');
                pos = start;
            }
        }
    }
    let rest = &markdown[pos..];
    out.push_str(rest);
    // Undo the escapes that made the text safe for rustdoc.
    let mut text = String::with_capacity(out.len());
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(next)) if next.is_ascii_punctuation() => {}
            ('<' | '>', _) => {}
            _ => text.push(c),
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A flag's value type, and how clap parses it.
pub(super) fn arg_type(ty: &Type) -> (TokenStream, TokenStream) {
    match ty {
        Type::String => (quote!(String), quote!()),
        Type::Sid(n) | Type::Enum(n) => {
            let n = id(n);
            (quote!(crate::#n), quote!())
        }
        Type::Url => (quote!(crate::Uri), quote!()),
        Type::Scalar => (quote!(crate::Scalar), quote!()),
        // A file's path; the file is read when the flag is.
        Type::Binary => (
            quote!(crate::Upload),
            quote!(, value_parser = crate::Upload::read_path),
        ),
        Type::DateInput => (quote!(crate::DateOrDateTime), quote!()),
        Type::Integer { int32: true, .. } => (quote!(i32), quote!()),
        Type::Integer { int32: false, .. } => (quote!(i64), quote!()),
        Type::Number { .. } => (quote!(f64), quote!()),
        Type::Boolean => (quote!(bool), quote!(, action = clap::ArgAction::Set)),
        Type::DateTimeRfc2822 | Type::DateTime => (
            quote!(time::OffsetDateTime),
            quote!(, value_parser = crate::cli::parse_date_time),
        ),
        Type::Date => (
            quote!(time::Date),
            quote!(, value_parser = crate::cli::parse_date),
        ),
        Type::Array(inner) => {
            let (inner, parser) = arg_type(&super::models::nested(inner));
            (quote!(Vec<#inner>), parser)
        }
        Type::Json | Type::Map(_) | Type::Struct(_) => {
            let rust = super::models::rust_type(ty);
            (
                rust.clone(),
                quote!(, value_parser = crate::cli::parse_json::<#rust>),
            )
        }
    }
}

/// The help text of a path flag, as its field's doc comment.
pub(super) fn flag_doc(p: &Parameter) -> Literal {
    lit(&format!(" {}", help_text(p)))
}

/// The first sentence of a parameter's description, as plain text.
fn help_text(p: &Parameter) -> String {
    let doc = if p.doc.is_empty() {
        format!("`{}`.", p.wire_name)
    } else {
        p.doc.clone()
    };
    plain(&crate::docs::summary(&doc))
}

/// The help of an input's flag: plain text for a terminal, without its full stop, as clap shows
/// a one-sentence doc comment.
pub(crate) fn input_flag_help(p: &Parameter) -> String {
    let mut text = help_text(p);
    if text.ends_with('.') {
        text.pop();
    }
    text
}

/// The attributes that make a field of an operation's parameters struct a flag of its
/// subcommand (the struct derives `clap::Args` with feature `cli`): its help (from
/// [`input_flag_help`]), and `arg(long)` with the parser that a field of type `ty` needs. The
/// help is the field's doc comment, which clap reads, wherever rustdoc reads it as the same text
/// (nearly always); else it is clap's `help`, which rustdoc does not read. The flag is named only
/// where clap's own name for the field (kebab case) would differ from it: a field of lower-case
/// words names itself.
pub(crate) fn input_flag_attrs(
    flag: &str,
    field: &str,
    help: &str,
    ty: &Type,
    required: bool,
) -> TokenStream {
    let form = FlagForm::new(flag, field, help, ty, required);
    // The field is public, so it always has a doc comment; where the help is not safe as one,
    // the comment is the help made safe and clap is given the help itself.
    let (doc, help) = if form.help_in_doc {
        (super::print::doc_attr(help), quote!())
    } else {
        let doc = super::print::doc_attr(&crate::docs::sanitize(help));
        let help = lit(help);
        (doc, quote!(, help = #help))
    };
    let long = if form.named {
        let flag = lit(flag);
        quote!(long = #flag)
    } else {
        quote!(long)
    };
    let parser = form.parser;
    let required = if form.required {
        quote!(, required = true)
    } else {
        quote!()
    };
    quote! {
        #doc
        #[cfg_attr(feature = "cli", arg(#long #help #parser #required))]
    }
}

/// What [`input_flag_attrs`] writes for a flag.
pub(crate) struct FlagForm {
    /// The help is the doc comment (else clap's `help`).
    help_in_doc: bool,
    /// The flag is named (`long = "…"`), clap's own name for the field being another.
    named: bool,
    /// The value parser's arguments, if the type needs one.
    parser: TokenStream,
    /// The flag must be given (a required list, whose field is not an `Option`).
    required: bool,
}

impl FlagForm {
    pub(crate) fn new(flag: &str, field: &str, help: &str, ty: &Type, required: bool) -> Self {
        let plain_words = !field.starts_with('_')
            && !field.ends_with('_')
            && !field.contains("__")
            && field.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        FlagForm {
            help_in_doc: crate::docs::sanitize(help) == help,
            named: !(plain_words && field.replace('_', "-") == flag),
            parser: arg_type(ty).1,
            required,
        }
    }

    /// Whether the attributes are the doc comment and `arg(long)`, and nothing else.
    pub(crate) fn is_plain(&self) -> bool {
        self.help_in_doc && !self.named && self.parser.is_empty() && !self.required
    }
}
