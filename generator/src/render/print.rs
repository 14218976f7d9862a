//! The one place that prints Rust: file text through `syn::parse_file` and `prettyplease`,
//! module files printed in pieces on whichever thread is free, and the doc-comment
//! placeholders (an item's doc travels through syn as a numbered mark, and its lines are written
//! where the mark was printed): the one edit after printing.

use super::files::ModuleFile;
use super::*;

pub(super) fn render_error(path: &str, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(Stage::Render, "", format!("{path}: {}", message.into()))
}

/// Parses `text` as a Rust file and pretty-prints it.
pub(super) fn rust_file(path: &str, text: &str) -> Result<String, Diagnostic> {
    let file = syn::parse_file(text)
        .map_err(|e| render_error(path, format!("generated text is not Rust: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

pub(super) fn template<T: Template>(path: &str, t: &T) -> Result<String, Diagnostic> {
    t.render()
        .map_err(|e| render_error(path, format!("template failed: {e}")))
}

/// A piece of a Rust file: built, parsed and printed on one thread, which returns the text (or
/// why it failed). Tokens never cross threads (proc-macro2's are not `Send`); text does.
pub(super) type Piece<'a> = Box<dyn FnOnce() -> Result<String, Diagnostic> + Send + 'a>;

/// The piece that starts a module file: its docs, laid out by the askama skeleton.
pub(super) fn head<'a>(path: impl Into<String>, doc: Vec<String>) -> Piece<'a> {
    let path = path.into();
    Box::new(move || rust_file(&path, &template(&path, &ModuleFile { doc })?))
}

/// A piece of items: built by `build` (as tokens, or as syntax trees already, from
/// [`shapes`](super::shapes)), printed.
pub(super) fn items<'a, T: IntoItems>(
    path: impl Into<String>,
    build: impl FnOnce() -> Result<T, Diagnostic> + Send + 'a,
) -> Piece<'a> {
    let path = path.into();
    Box::new(move || {
        PIECE_TEXTS.with(|texts| texts.borrow_mut().clear());
        shapes::clear_faults();
        let built = build().and_then(IntoItems::into_items);
        let mut texts = PIECE_TEXTS.with(std::cell::RefCell::take);
        let mut items = built?;
        // A product's piece, in a crate made of several specs: its paths under its module.
        super::rooted::apply(&mut items, &mut texts);
        // A shape filled wrongly is a generator bug: said here, by the shape's name, rather than
        // by the compiler in the generated crate.
        if let Some(faults) = shapes::take_faults() {
            return Err(render_error(&path, faults));
        }
        let body = syn::File {
            shebang: None,
            frontmatter: None,
            attrs: Vec::new(),
            items,
        };
        expand_placeholders(&prettyplease::unparse(&body), &texts)
            .map_err(|e| render_error(&path, e))
    })
}

/// What a piece's builder gives: tokens, parsed here, or items already built.
pub(super) trait IntoItems {
    fn into_items(self) -> Result<Vec<syn::Item>, Diagnostic>;
}

impl IntoItems for TokenStream {
    fn into_items(self) -> Result<Vec<syn::Item>, Diagnostic> {
        Ok(parse::<syn::File>(self)?.items)
    }
}

impl IntoItems for Vec<syn::Item> {
    fn into_items(self) -> Result<Vec<syn::Item>, Diagnostic> {
        Ok(self)
    }
}

/// Parses generated tokens as a `T` (failing only on a bug in the generator, so the message
/// does not need to say which file).
pub(super) fn parse<T: syn::parse::Parse>(tokens: TokenStream) -> Result<T, Diagnostic> {
    parse_with(T::parse, tokens)
}

/// Parses generated tokens as a named struct field.
pub(super) fn parse_field(tokens: TokenStream) -> Result<syn::Field, Diagnostic> {
    parse_with(syn::Field::parse_named, tokens)
}

fn parse_with<P: syn::parse::Parser>(
    parser: P,
    tokens: TokenStream,
) -> Result<P::Output, Diagnostic> {
    parser.parse2(tokens).map_err(|e| {
        Diagnostic::new(
            Stage::Render,
            "",
            format!("generated items are not Rust: {e}"),
        )
    })
}

/// The doc placeholder of `text` (see [`doc_attr`]), for a shape's `"__doc"` hole.
pub(super) fn doc_mark(text: &str) -> String {
    format!("{DOC_MARK}{}", keep_text(text.to_owned()))
}

/// Runs every file's pieces on all threads (rayon, which shares them out as threads come free)
/// and joins each file's text in order; a file with a failed piece is its first failure.
pub(super) fn print_pieces(
    files: Vec<(String, Vec<Piece<'_>>)>,
) -> Vec<(String, Result<String, Diagnostic>)> {
    use rayon::prelude::*;
    let mut paths = Vec::with_capacity(files.len());
    let mut tagged = Vec::new();
    for (index, (path, pieces)) in files.into_iter().enumerate() {
        paths.push(path);
        tagged.extend(pieces.into_iter().map(|piece| (index, piece)));
    }
    let printed: Vec<(usize, Result<String, Diagnostic>)> = tagged
        .into_par_iter()
        .map(|(index, piece)| (index, piece()))
        .collect();
    let mut joined: Vec<Result<String, Diagnostic>> =
        paths.iter().map(|_| Ok(String::new())).collect();
    for (index, result) in printed {
        if let Some(Ok(text)) = joined.get_mut(index) {
            match result {
                Ok(piece) => text.push_str(&piece),
                Err(d) => joined[index] = Err(d),
            }
        }
    }
    paths.into_iter().zip(joined).collect()
}

pub(super) fn lit(s: &str) -> Literal {
    Literal::string(s)
}

pub(super) fn id(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// The doc comment `text`, as `#[doc]` attributes with the text itself: for docs that sit
/// inside a macro call's tokens, which are printed as tokens.
pub(super) fn doc_attr_literal(text: &str) -> TokenStream {
    if text.is_empty() {
        return TokenStream::new();
    }
    let lines = text.lines().map(|l| {
        let l = format!(" {l}");
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

/// Starts the value of a doc placeholder: a control character, which the printer writes raw
/// only in doc comments (string literals show it escaped), followed by the doc's number.
pub(super) const DOC_MARK: char = '\u{1}';

thread_local! {
    /// The docs of the piece being built on this thread, numbered by their placeholders.
    static PIECE_TEXTS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps `text` for the piece being built on this thread; returns its number.
pub(super) fn keep_text(text: String) -> usize {
    PIECE_TEXTS.with(|texts| {
        let mut texts = texts.borrow_mut();
        texts.push(text);
        texts.len() - 1
    })
}

/// The doc comment `text` of an item, field or variant, as one placeholder attribute.
///
/// Docs are most of the text of a generated file, and a string literal costs time three times
/// over (escaped into a token, parsed back by syn, printed by prettyplease) with nothing to lay
/// out: a doc line is printed as it is. So the piece keeps the text, the tokens carry its
/// number, and [`expand_placeholders`] writes the lines where the printer put the placeholder,
/// exactly as prettyplease prints a `#[doc = " line"]` attribute.
pub(super) fn doc_attr(text: &str) -> TokenStream {
    if text.is_empty() {
        return TokenStream::new();
    }
    let mark = doc_mark(text);
    quote!(#[doc = #mark])
}

/// Writes `doc` as doc comment lines at `indent`: `///`, a space and the line, without trailing
/// spaces (prettyplease's form of a `#[doc = " line"]` attribute).
pub(super) fn push_doc_lines(out: &mut String, indent: &str, doc: &str) {
    for doc_line in doc.lines() {
        out.push_str(indent);
        out.push_str("///");
        let doc_line = doc_line.trim_end_matches(' ');
        if !doc_line.is_empty() {
            out.push(' ');
            out.push_str(doc_line);
        }
        out.push('\n');
    }
}

/// Replaces each doc placeholder line of printed `text` by the doc's lines, at its
/// indentation. A doc that was built but not used in the end is left out.
pub(super) fn expand_placeholders(text: &str, texts: &[String]) -> Result<String, String> {
    let extra: usize = texts.iter().map(|d| d.len() + 16 * d.lines().count()).sum();
    let mut out = String::with_capacity(text.len() + extra);
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start_matches(' ');
        let Some(number) = trimmed
            .strip_prefix("///")
            .and_then(|rest| rest.strip_prefix(DOC_MARK))
        else {
            out.push_str(line);
            continue;
        };
        let doc = number
            .trim_end()
            .parse::<usize>()
            .ok()
            .and_then(|n| texts.get(n))
            .ok_or_else(|| format!("a placeholder with no text: {}", line.trim()))?;
        push_doc_lines(&mut out, &line[..line.len() - trimmed.len()], doc);
    }
    // A placeholder printed any other way (inside a macro call's tokens, say) would be lost.
    let escaped = format!("\"{}", DOC_MARK.escape_unicode());
    if out.contains(DOC_MARK) || out.contains(&escaped) {
        return Err("a placeholder was not printed as a doc comment".to_owned());
    }
    Ok(out)
}
