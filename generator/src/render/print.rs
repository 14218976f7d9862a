//! The one place that prints Rust: file text through `syn::parse_file` and `prettyplease`,
//! module files printed in pieces on whichever thread is free, and the doc-comment
//! placeholders (an item's doc travels through syn as a numbered mark, and its lines are written
//! where the mark was printed). Also the text-written items in prettyplease's layout that issue
//! #17 removes.

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
pub(super) fn head<'a>(path: &'static str, doc: &'a [&'a str]) -> Piece<'a> {
    Box::new(move || {
        let doc = doc.iter().map(|l| (*l).to_owned()).collect();
        rust_file(path, &template(path, &ModuleFile { doc })?)
    })
}

/// A piece of items: built by `build`, handed to syn as tokens (no text to read back), printed.
pub(super) fn items<'a>(
    path: &'static str,
    build: impl FnOnce() -> Result<TokenStream, Diagnostic> + Send + 'a,
) -> Piece<'a> {
    Box::new(move || {
        PIECE_TEXTS.with(|texts| texts.borrow_mut().clear());
        let tokens = build();
        let texts = PIECE_TEXTS.with(std::cell::RefCell::take);
        let body: syn::File = syn::parse2(tokens?)
            .map_err(|e| render_error(path, format!("generated items are not Rust: {e}")))?;
        expand_placeholders(&prettyplease::unparse(&body), &texts)
            .map_err(|e| render_error(path, e))
    })
}

/// Runs every file's pieces on all threads (rayon, which shares them out as threads come free)
/// and joins each file's text in order; a file with a failed piece is its first failure.
pub(super) fn print_pieces(
    files: Vec<(&'static str, Vec<Piece<'_>>)>,
) -> Vec<(&'static str, Result<String, Diagnostic>)> {
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

/// Starts the value of the doc of a stand-in item, whose place an item laid out here takes.
pub(super) const ITEM_MARK: char = '\u{2}';

/// The line prettyplease prints for a stand-in item, after its doc.
pub(super) const STAND_IN: &str = "fn verbatim() {}";

thread_local! {
    /// The docs and laid-out items of the piece being built on this thread, numbered by their
    /// placeholders.
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
    let mark = format!("{DOC_MARK}{}", keep_text(text.to_owned()));
    quote!(#[doc = #mark])
}

/// An item already laid out as prettyplease lays it out (at indentation 0, each line ending in
/// a newline), standing in the tokens as a placeholder function; [`expand_placeholders`] puts
/// the text in its place, at its indentation. For the many small items whose layout is known
/// (setters), this spares syn and prettyplease the work; a caller lays an item out only where
/// a test shows that prettyplease prints it the same.
pub(super) fn laid_out_item(text: String) -> TokenStream {
    let mark = format!("{ITEM_MARK}{}", keep_text(text));
    quote!(#[doc = #mark] fn verbatim() {})
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

/// Replaces each placeholder of printed `text` by what it stands for, at its indentation: a
/// doc placeholder line by the doc's lines, a stand-in item (its doc line and the function
/// line) by the item's text. A doc that was built but not used in the end is left out.
pub(super) fn expand_placeholders(text: &str, texts: &[String]) -> Result<String, String> {
    let extra: usize = texts.iter().map(|d| d.len() + 16 * d.lines().count()).sum();
    let mut out = String::with_capacity(text.len() + extra);
    let mut lines = text.split_inclusive('\n');
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start_matches(' ');
        let Some(rest) = trimmed.strip_prefix("///") else {
            out.push_str(line);
            continue;
        };
        let (is_item, number) = if let Some(n) = rest.strip_prefix(DOC_MARK) {
            (false, n)
        } else if let Some(n) = rest.strip_prefix(ITEM_MARK) {
            (true, n)
        } else {
            out.push_str(line);
            continue;
        };
        let kept = number
            .trim_end()
            .parse::<usize>()
            .ok()
            .and_then(|n| texts.get(n))
            .ok_or_else(|| format!("a placeholder with no text: {}", line.trim()))?;
        let indent = &line[..line.len() - trimmed.len()];
        if !is_item {
            push_doc_lines(&mut out, indent, kept);
            continue;
        }
        if lines.next().map(|l| l.trim_end().strip_prefix(indent)) != Some(Some(STAND_IN)) {
            return Err(format!(
                "a stand-in item was not printed as one: {}",
                line.trim()
            ));
        }
        for item_line in kept.split_inclusive('\n') {
            if item_line != "\n" {
                out.push_str(indent);
            }
            out.push_str(item_line);
        }
    }
    // A placeholder printed any other way (inside a macro call's tokens, say) would be lost.
    for mark in [DOC_MARK, ITEM_MARK] {
        let escaped = format!("\"{}", mark.escape_unicode());
        if out.contains(mark) || out.contains(&escaped) {
            return Err("a placeholder was not printed as a doc comment".to_owned());
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// SIDs

/// Whether `text` is printed in a string literal as it is (no character is escaped).
pub(super) fn plain_literal(text: &str) -> bool {
    text.bytes()
        .all(|b| (b' '..=b'~').contains(&b) && !matches!(b, b'"' | b'\\' | b'\''))
}

/// Writes an attribute's arguments one per line at `indent`, as prettyplease breaks a list
/// that does not fit: a comma after each but the last.
pub(super) fn push_args_one_per_line(out: &mut String, indent: &str, args: &[String]) {
    for (i, arg) in args.iter().enumerate() {
        out.push_str(indent);
        out.push_str(arg);
        out.push_str(if i + 1 < args.len() { ",\n" } else { "\n" });
    }
}
