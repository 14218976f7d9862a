//! The report of a comparison, written for people: a summary first, then the changes, breaking
//! ones first, each in one line that says what it means for code using the generated crate.
//!
//! A real spec update repeats itself: one enum losing four values shows up in forty fields, one
//! new query parameter in sixty list operations. Such a change is said once, with where it
//! applies; a change that touches one operation is listed under its resource and operation.
//! The JSON report keeps every change one by one.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::{Change, Report};

/// How the report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    /// Plain text for a terminal.
    Text,
    /// Headings and lists that render on GitHub.
    Markdown,
}

/// How many places a repeated change lists before it says how many more there are.
const PLACES_SHOWN: usize = 8;

/// One thing the report says: a change, or a change repeated across fields or operations.
struct Item<'a> {
    breaking: bool,
    semver: &'static str,
    /// What changed and what it means, in one line.
    line: String,
    /// Where a repeated change applies; empty for a change to one operation.
    places: Vec<String>,
    /// A change the item stands for: its operation places a single change.
    first: &'a Change,
}

/// `major` above `minor` above `patch`, for ordering.
pub(super) fn rank(semver: &str) -> u8 {
    match semver {
        "major" => 3,
        "minor" => 2,
        "patch" => 1,
        _ => 0,
    }
}

fn quoted(values: &BTreeSet<&str>) -> String {
    values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a change means, in words, without where it is (`name` is the parameter or field).
fn reason(c: &Change) -> String {
    let loc = c.location.unwrap_or("");
    let name = c.name.as_deref().unwrap_or("");
    match c.kind {
        "operation-added" => "operation added: a new method".to_owned(),
        "operation-removed" => "operation removed: calls to it no longer compile".to_owned(),
        "parameter-added" if c.breaking => {
            format!("required {loc} parameter `{name}` added: existing calls no longer compile")
        }
        "parameter-added" => format!("optional {loc} parameter `{name}` added: a new setter"),
        "parameter-removed" => {
            format!("{loc} parameter `{name}` removed: code that sets it no longer compiles")
        }
        "parameter-became-required" => format!(
            "{loc} parameter `{name}` became required: it moves into `new`, existing calls no longer compile"
        ),
        "parameter-became-optional" => format!(
            "{loc} parameter `{name}` became optional: it leaves `new` for a setter, existing calls no longer compile"
        ),
        "property-added" => format!("response property `{name}` added: a new field"),
        "property-removed" => {
            format!("response property `{name}` removed: code that reads it no longer compiles")
        }
        _ => format!("{loc} `{name}`: {}", c.detail),
    }
}

/// `/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json` → `Accounts / Calls`: the path's
/// literal segments below its version (`lower::paths`' rule, the one every stage reads).
fn resource(path: &str) -> String {
    let template = crate::lower::paths::parse(path);
    let name = template.literals().collect::<Vec<_>>().join(" / ");
    if name.is_empty() {
        "/".to_owned()
    } else {
        name
    }
}

/// The places of a repeated change, at most [`PLACES_SHOWN`] of them and how many more.
fn places_line(places: &[String]) -> String {
    let mut shown = places
        .iter()
        .take(PLACES_SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if places.len() > PLACES_SHOWN {
        let _ = write!(shown, " and {} more", places.len() - PLACES_SHOWN);
    }
    shown
}

/// Every change as an [`Item`]: repeated changes merged, the rest one each.
fn items(report: &Report) -> Vec<Item<'_>> {
    let mut out = Vec::new();
    // Enum values: first the values of each field of each operation, then the fields and
    // operations that gained or lost the same values.
    // (kind, location, name, method, path) → the values, and one of the changes.
    type Field<'a> = (&'a str, Option<&'a str>, &'a str, &'a str, &'a str);
    let mut per_field: BTreeMap<Field<'_>, (BTreeSet<&str>, &Change)> = BTreeMap::new();
    let mut others: BTreeMap<(&str, Option<&str>, &str, &str), Vec<&Change>> = BTreeMap::new();
    for c in &report.changes {
        let name = c.name.as_deref().unwrap_or("");
        if c.kind.starts_with("enum-value-") {
            per_field
                .entry((c.kind, c.location, name, c.method.as_str(), c.path.as_str()))
                .or_insert_with(|| (BTreeSet::new(), c))
                .0
                .insert(c.value.as_deref().unwrap_or(""));
        } else {
            others
                .entry((c.kind, c.location, name, c.detail.as_str()))
                .or_default()
                .push(c);
        }
    }
    type EnumKey<'a> = (&'a str, bool, bool, BTreeSet<&'a str>);
    let mut enums: BTreeMap<EnumKey<'_>, Vec<&Change>> = BTreeMap::new();
    for ((kind, location, ..), (values, c)) in per_field {
        let response = location == Some("response");
        enums
            .entry((kind, response, c.breaking, values))
            .or_default()
            .push(c);
    }
    for ((kind, response, breaking, values), changes) in enums {
        let first = changes[0];
        let one = values.len() == 1;
        let plural = if one { "value" } else { "values" };
        let (verb, meaning) = match (kind, response, one) {
            ("enum-value-added", false, true) => ("added to", "a new variant to send"),
            ("enum-value-added", false, false) => ("added to", "new variants to send"),
            ("enum-value-added", true, _) => (
                "added to",
                "new variants; until regenerated, decoding keeps such values as Unknown",
            ),
            (_, false, _) => (
                "removed from",
                "code that sends such a value no longer compiles",
            ),
            _ => (
                "removed from",
                "the variants are gone (code that matches them no longer compiles); the API no longer lists them",
            ),
        };
        let side = if response { "response" } else { "request" };
        if changes.len() == 1 {
            let name = first.name.as_deref().unwrap_or("");
            let loc = first.location.unwrap_or("");
            out.push(Item {
                breaking,
                semver: first.semver,
                line: format!(
                    "{loc} `{name}`: {plural} {} {verb} its enum: {meaning}",
                    quoted(&values)
                ),
                places: Vec::new(),
                first,
            });
            continue;
        }
        // Where: each field, with the operations it is in.
        let mut fields: BTreeMap<(&str, &str), BTreeSet<&str>> = BTreeMap::new();
        for c in &changes {
            fields
                .entry((c.location.unwrap_or(""), c.name.as_deref().unwrap_or("")))
                .or_default()
                .insert(c.operation_id.as_str());
        }
        let operations: BTreeSet<&str> = changes.iter().map(|c| c.operation_id.as_str()).collect();
        let mut places: Vec<(usize, String)> = fields
            .iter()
            .map(|((loc, name), ops)| {
                let text = if ops.len() == 1 {
                    format!(
                        "{loc} `{name}` ({})",
                        ops.iter().next().copied().unwrap_or("")
                    )
                } else {
                    format!("{loc} `{name}` ({} operations)", ops.len())
                };
                (ops.len(), text)
            })
            .collect();
        places.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        out.push(Item {
            breaking,
            semver: first.semver,
            line: format!(
                "{plural} {} {verb} {side} enums of {} fields in {} operations: {meaning}",
                quoted(&values),
                fields.len(),
                operations.len()
            ),
            places: places.into_iter().map(|(_, text)| text).collect(),
            first,
        });
    }
    for changes in others.into_values() {
        let first = changes[0];
        let places = if changes.len() > 1 {
            let ops: BTreeSet<&str> = changes.iter().map(|c| c.operation_id.as_str()).collect();
            ops.into_iter().map(str::to_owned).collect()
        } else {
            Vec::new()
        };
        let line = if places.is_empty() {
            reason(first)
        } else {
            format!("{} (in {} operations)", reason(first), places.len())
        };
        out.push(Item {
            breaking: first.breaking,
            semver: first.semver,
            line,
            places,
            first,
        });
    }
    out
}

/// Writes the report in `style`.
pub(super) fn render(report: &Report, style: Style) -> String {
    let md = style == Style::Markdown;
    let mut out = String::new();
    let (added, removed, changed) = report.operation_counts();
    let breaking = report.breaking();
    let summary = [
        format!("operations: {added} added, {removed} removed, {changed} changed"),
        format!(
            "changes: {} in all, {breaking} breaking a client of the API, {} not",
            report.changes.len(),
            report.changes.len() - breaking
        ),
        if md {
            format!("semver bump for the generated crate: **{}**", report.bump())
        } else {
            format!("semver bump for the generated crate: {}", report.bump())
        },
    ];
    if md {
        out.push_str("## Summary\n\n");
        for line in &summary {
            let _ = writeln!(out, "- {line}");
        }
    } else {
        out.push_str("Summary\n");
        for line in &summary {
            let _ = writeln!(out, "  {line}");
        }
    }
    let all = items(report);
    for (title, breaking) in [("Breaking changes", true), ("Other changes", false)] {
        let section: Vec<&Item<'_>> = all.iter().filter(|i| i.breaking == breaking).collect();
        if section.is_empty() {
            continue;
        }
        if md {
            let _ = writeln!(out, "\n## {title}");
        } else {
            let _ = writeln!(out, "\n{title}");
        }
        write_repeated(&section, md, &mut out);
        write_by_operation(&section, md, &mut out);
    }
    out
}

/// Changes that repeat across fields or operations, each said once with where it applies.
fn write_repeated(section: &[&Item<'_>], md: bool, out: &mut String) {
    let mut repeated: Vec<&&Item<'_>> = section.iter().filter(|i| !i.places.is_empty()).collect();
    if repeated.is_empty() {
        return;
    }
    repeated.sort_by(|a, b| {
        rank(b.semver)
            .cmp(&rank(a.semver))
            .then_with(|| b.places.len().cmp(&a.places.len()))
            .then_with(|| a.line.cmp(&b.line))
    });
    if md {
        out.push_str("\n### Across operations\n\n");
    } else {
        out.push_str("  across operations\n");
    }
    for item in repeated {
        let places = places_line(&item.places);
        if md {
            let _ = writeln!(out, "- **{}**: {}", item.semver, item.line);
            let _ = writeln!(out, "  - in {places}");
        } else {
            let _ = writeln!(out, "    [{}] {}", item.semver, item.line);
            let _ = writeln!(out, "            in {places}");
        }
    }
}

/// Changes to one operation, under their resource and operation.
fn write_by_operation(section: &[&Item<'_>], md: bool, out: &mut String) {
    let mut by_resource: BTreeMap<String, BTreeMap<(&str, &str), Vec<&Item<'_>>>> = BTreeMap::new();
    for item in section.iter().filter(|i| i.places.is_empty()) {
        let c = item.first;
        by_resource
            .entry(resource(&c.path))
            .or_default()
            .entry((c.path.as_str(), c.method.as_str()))
            .or_default()
            .push(item);
    }
    for (resource, operations) in by_resource {
        if md {
            let _ = writeln!(out, "\n### {resource}\n");
        } else {
            let _ = writeln!(out, "  {resource}");
        }
        for items in operations.values() {
            let c = items[0].first;
            let head = format!("{} {}", c.method, c.operation_id);
            // An operation added or removed says so on its own line.
            if let [only] = items.as_slice()
                && c.kind.starts_with("operation-")
            {
                if md {
                    let _ = writeln!(out, "- `{head}`: **{}**: {}", only.semver, only.line);
                } else {
                    let _ = writeln!(out, "    [{}] {head}: {}", only.semver, only.line);
                }
                continue;
            }
            if md {
                let _ = writeln!(out, "- `{head}`");
            } else {
                let _ = writeln!(out, "    {head}");
            }
            let mut items = items.clone();
            items.sort_by_key(|i| std::cmp::Reverse(rank(i.semver)));
            for item in items {
                if md {
                    let _ = writeln!(out, "  - **{}**: {}", item.semver, item.line);
                } else {
                    let _ = writeln!(out, "      [{}] {}", item.semver, item.line);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::resource;

    /// A change is listed under its resource: the path's literal segments below the version,
    /// by the rule that places the operation in the crate.
    #[test]
    fn a_change_is_listed_under_the_path_below_its_version() {
        assert_eq!(
            resource("/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"),
            "Accounts / Calls"
        );
        assert_eq!(resource("/v2beta/Services/{Sid}"), "Services");
        // Without a version, the first segment is a resource like the others.
        assert_eq!(resource("/items/{itemId}/audit"), "items / audit");
        assert_eq!(resource("/"), "/");
    }
}
