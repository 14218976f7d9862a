//! Spec prose made safe for rustdoc.
//!
//! Twilio's descriptions are Markdown written for a web page: relative links, bare URLs, square
//! brackets that are not links, HTML-looking text such as `<Dial>`, and sometimes indented lines.
//! Passed to rustdoc unchanged, they would produce broken intra-doc links, `bare_urls` warnings,
//! HTML tag warnings and, worst, indented lines that rustdoc would compile as doctests.

/// Where relative links in Twilio's descriptions point.
const DOCS_ORIGIN: &str = "https://www.twilio.com";

/// Turns a Twilio spec's description into rustdoc Markdown that builds without warnings; a
/// relative link points into Twilio's docs.
pub fn sanitize(text: &str) -> String {
    sanitize_at(text, Some(DOCS_ORIGIN))
}

/// [`sanitize`], with relative links made absolute at `origin` (left relative when `None`: the
/// docs of another vendor than Twilio are wherever the spec's prose says).
pub fn sanitize_at(text: &str, origin: Option<&str>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_fence = false;
    // The width of the list marker whose item the previous line belongs to: a line that goes
    // on with the item is indented by it, as rustdoc's Markdown wants.
    let mut item_indent: Option<usize> = None;
    for (i, raw) in text
        .replace("\r\n", "\n")
        .replace('\t', "    ")
        .split('\n')
        .enumerate()
    {
        if i > 0 {
            out.push('\n');
        }
        let line = raw.trim();
        if line.starts_with("```") {
            // Fenced blocks are shown as text, never compiled as doctests.
            out.push_str(if in_fence { "```" } else { "```text" });
            in_fence = !in_fence;
            item_indent = None;
            continue;
        }
        if in_fence {
            out.push_str(raw.trim_end());
            continue;
        }
        match (list_marker_width(line), item_indent) {
            _ if line.is_empty() => item_indent = None,
            (Some(width), _) => item_indent = Some(width),
            (None, Some(width)) => out.extend(std::iter::repeat_n(' ', width)),
            (None, None) => {}
        }
        sanitize_line(line, &mut out, origin);
    }
    if in_fence {
        out.push_str("\n```");
    }
    out.trim().to_owned()
}

/// The width of the list marker a line starts with (`* `, `- `, `+ `, `12. `), if it does.
fn list_marker_width(line: &str) -> Option<usize> {
    if line.starts_with("* ") || line.starts_with("- ") || line.starts_with("+ ") {
        return Some(2);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && digits < 10 && line[digits..].starts_with(". ")).then_some(digits + 2)
}

fn is_url_start(rest: &str) -> bool {
    rest.starts_with("https://") || rest.starts_with("http://")
}

/// Length in bytes of the URL at the start of `rest`.
fn url_len(rest: &str) -> usize {
    let end = rest
        .find(|c: char| {
            c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '[' | ']' | '(' | ')')
        })
        .unwrap_or(rest.len());
    // A sentence's full stop or comma after a URL is not part of it.
    rest[..end]
        .trim_end_matches(['.', ',', ';', ':', '!', '?', '\''])
        .len()
}

/// Whether a byte may start something that [`sanitize_line`] rewrites (all such are ASCII, so a
/// run of other bytes is copied as it is).
fn needs_care(b: u8) -> bool {
    matches!(
        b,
        b'`' | b'[' | b']' | b'<' | b'>' | b'&' | b'*' | b'_' | b'#' | b'|' | b'\\' | b'h'
    )
}

fn sanitize_line(line: &str, out: &mut String, origin: Option<&str>) {
    let mut ends = LinkEnds {
        bracket: NextMatch::new(b"]"),
        paren: NextMatch::new(b")"),
    };
    let mut i = 0;
    let bytes = line.as_bytes();
    while i < line.len() {
        let plain = bytes[i..]
            .iter()
            .position(|&b| needs_care(b))
            .unwrap_or(line.len() - i);
        if plain > 0 {
            out.push_str(&line[i..i + plain]);
            i += plain;
            continue;
        }
        let rest = &line[i..];
        let c = rest.chars().next().unwrap_or(' ');
        if c == '`' {
            // Inline code is copied as it is, if it is closed on this line.
            if let Some(close) = rest[1..].find('`') {
                let code = &rest[..close + 2];
                out.push_str(code);
                i += code.len();
            } else {
                out.push_str("\\`");
                i += 1;
            }
            continue;
        }
        if c == '[' {
            if let Some(link_len) = markdown_link(line, i, &mut ends, out, origin) {
                i += link_len;
            } else {
                out.push_str("\\[");
                i += 1;
            }
            continue;
        }
        if c == '<' && is_url_start(&rest[1..]) {
            let n = url_len(&rest[1..]);
            out.push('<');
            out.push_str(&rest[1..1 + n]);
            out.push('>');
            i += 1 + n;
            if line[i..].starts_with('>') {
                i += 1;
            }
            continue;
        }
        if is_url_start(rest) && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let n = url_len(rest);
            out.push('<');
            out.push_str(&rest[..n]);
            out.push('>');
            i += n;
            continue;
        }
        match c {
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '*' if i == 0 && rest.starts_with("* ") => out.push('*'),
            '*' | '_' | '#' | '|' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
        i += c.len_utf8();
    }
}

/// Where a pattern next occurs in a text, remembered between questions. Asked with positions
/// that only grow (as a left-to-right scan does), it reads the text once in all: looking for
/// the `]` of every `[` afresh would be quadratic on text such as `[[[[…`.
pub(crate) struct NextMatch {
    pattern: &'static [u8],
    /// The last answer, once asked: where the pattern is, or that it is nowhere further on.
    last: Option<Option<usize>>,
}

impl NextMatch {
    pub(crate) fn new(pattern: &'static [u8]) -> Self {
        Self {
            pattern,
            last: None,
        }
    }

    /// The first position at or after `from` where the pattern starts in `text`; `from` must
    /// not be less than in the previous question.
    pub(crate) fn at_or_after(&mut self, text: &[u8], from: usize) -> Option<usize> {
        match self.last {
            Some(Some(at)) if at >= from => return Some(at),
            Some(None) => return None,
            _ => {}
        }
        let found = text
            .get(from..)?
            .windows(self.pattern.len())
            .position(|w| w == self.pattern)
            .map(|p| p + from);
        self.last = Some(found);
        found
    }
}

/// The `]` and `)` that close links, for one line.
struct LinkEnds {
    bracket: NextMatch,
    paren: NextMatch,
}

/// Copies a Markdown link `[text](target)` that starts at `line[i]`, making a relative target
/// absolute, and returns how many bytes it used. `None` if no link starts there.
fn markdown_link(
    line: &str,
    i: usize,
    ends: &mut LinkEnds,
    out: &mut String,
    origin: Option<&str>,
) -> Option<usize> {
    let rest = &line[i..];
    let close = ends.bracket.at_or_after(line.as_bytes(), i + 1)? - i;
    let text = &rest[1..close];
    if text.contains('[') || !rest[close + 1..].starts_with('(') {
        return None;
    }
    let target_start = close + 2;
    let target_len = ends.paren.at_or_after(line.as_bytes(), i + target_start)? - i - target_start;
    let target = rest[target_start..target_start + target_len].trim();
    if target.is_empty() || target.contains(char::is_whitespace) {
        return None;
    }
    let mut label = String::new();
    sanitize_line(text, &mut label, origin);
    let label = label.replace("\\[", "").replace("\\]", "");
    out.push('[');
    out.push_str(if label.is_empty() { target } else { &label });
    out.push_str("](");
    if target.starts_with('/')
        && let Some(origin) = origin
    {
        out.push_str(origin);
    }
    out.push_str(target);
    out.push(')');
    Some(target_start + target_len + 1)
}

/// The first sentence of a description, for one-line summaries.
pub fn summary(text: &str) -> String {
    let text = text.trim();
    let first_line = text.lines().next().unwrap_or("");
    match first_line.find(". ") {
        Some(end) => first_line[..=end].to_owned(),
        None => first_line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn relative_links_become_absolute() {
        assert_eq!(
            sanitize("The SID of the [Account](/docs/iam/api/account) that created it."),
            "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created it."
        );
    }

    #[test]
    fn a_list_item_that_goes_on_is_indented_and_tabs_become_spaces() {
        assert_eq!(
            sanitize("Rules:\n\n* one\n  goes on\nand on\n10. ten\nmore\n\nAfter.\tTab."),
            "Rules:\n\n* one\n  goes on\n  and on\n10. ten\n    more\n\nAfter.    Tab."
        );
    }

    #[test]
    fn another_vendors_relative_links_stay_relative() {
        assert_eq!(
            super::sanitize_at("See [the guide](/docs/guide).", None),
            "See [the guide](/docs/guide)."
        );
    }

    #[test]
    fn absolute_links_are_kept() {
        let s = "See [Call](https://www.twilio.com/docs/voice/api/call-resource).";
        assert_eq!(sanitize(s), s);
    }

    #[test]
    fn bare_urls_get_angle_brackets() {
        assert_eq!(
            sanitize("relative to https://api.twilio.com."),
            "relative to <https://api.twilio.com>."
        );
        assert_eq!(
            sanitize("see <https://x.example/y>"),
            "see <https://x.example/y>"
        );
    }

    #[test]
    fn stray_brackets_and_html_are_escaped() {
        assert_eq!(sanitize("a [b] c"), "a \\[b\\] c");
        assert_eq!(sanitize("use <Dial> here"), "use &lt;Dial&gt; here");
        assert_eq!(sanitize("x */ y `a*/b`"), "x \\*/ y `a*/b`");
        assert_eq!(sanitize("snake_case"), "snake\\_case");
    }

    #[test]
    fn indented_lines_are_not_code_blocks() {
        assert_eq!(
            sanitize("first\n        fn main() {}"),
            "first\nfn main() {}"
        );
    }

    #[test]
    fn fences_are_text() {
        assert_eq!(sanitize("```\nlet x = 1;\n```"), "```text\nlet x = 1;\n```");
        assert_eq!(sanitize("```json\n{}"), "```text\n{}\n```");
    }

    #[test]
    fn text_without_links_costs_one_pass() {
        // Each `[` once looked for its `]` to the end of the line: quadratic on this text.
        let text = "*[".repeat(50_000);
        let escaped = sanitize(&text) == "\\*\\[".repeat(50_000);
        assert!(escaped, "every `*` and `[` is escaped");
        for text in [
            "[".repeat(50_000),
            "[a](".repeat(20_000),
            "[a]".repeat(20_000),
        ] {
            assert!(!sanitize(&text).contains("a]("), "no link is made up");
        }
        let link = format!("x [a]({}) [b](/c)", "/x".repeat(3000));
        assert_eq!(
            sanitize(&link),
            format!(
                "x [a](https://www.twilio.com{}) [b](https://www.twilio.com/c)",
                "/x".repeat(3000)
            )
        );
    }

    #[test]
    fn inline_code_is_untouched() {
        assert_eq!(
            sanitize("Either `GET` or `POST`."),
            "Either `GET` or `POST`."
        );
        assert_eq!(sanitize("a ` b"), "a \\` b");
    }
}
