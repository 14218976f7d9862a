//! The spec's bytes as JSON text, within the limits: UTF-8 checked, a byte-order mark read
//! past, YAML read with serde-saphyr's budgets and written out as JSON, then the one-pass check
//! of [`Limits::check_json`].

use super::pieces::path_pointer;
use super::*;

/// The document's text as JSON, checked against `limits`. YAML is read into a value (within the
/// limits: nesting, nodes after alias expansion) and written out as JSON, so that the rest of
/// loading has one path.
pub(super) fn to_json_text<'b>(
    bytes: &'b [u8],
    limits: &Limits,
) -> Result<(std::borrow::Cow<'b, str>, crate::limits::Scanned), Diagnostics> {
    if bytes.len() > limits.spec_bytes {
        return Err(Limits::exceeded(
            "",
            "spec-bytes",
            limits.spec_bytes,
            &format!("the spec is {} bytes", bytes.len()),
        )
        .into());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        load_error(
            "",
            format!(
                "the spec is not UTF-8 text (byte {} is invalid)",
                e.valid_up_to()
            ),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.bytes().find(|b| !b.is_ascii_whitespace());
    let text = match first {
        None => return Err(load_error("", "the spec is empty").into()),
        Some(b'{') => std::borrow::Cow::Borrowed(text),
        Some(_) => std::borrow::Cow::Owned(yaml_to_json(text, limits)?),
    };
    let scanned = limits.scan_json(&text)?;
    Ok((text, scanned))
}

/// Reads YAML text as JSON text, refusing nesting deeper than `limits.depth` and more than
/// `limits.yaml_nodes` nodes once aliases and merge keys are expanded.
///
/// `serde-saphyr` reads YAML with these bounds enforced as it goes (its parser stops at the first
/// bound crossed), so its cost stays linear in the text whatever the text is; `libyaml`, behind
/// `serde_yaml`, spends time quadratic in the nesting of flow collections before any bound
/// applies.
pub(super) fn yaml_to_json(text: &str, limits: &Limits) -> Result<String, Diagnostic> {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = limits.depth;
    budget.flow_nesting_limit = limits.depth;
    budget.max_nodes = limits.yaml_nodes;
    budget.max_events = limits.yaml_nodes.saturating_mul(2);
    budget.max_total_scalar_bytes = limits.spec_bytes;
    budget.max_recorded_anchor_bytes = limits.spec_bytes;
    budget.max_recorded_anchor_events = limits.yaml_nodes / 10;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.alias_limits.max_total_replayed_events = limits.yaml_nodes / 10;
    options.with_snippet = false;
    // OpenAPI 3.x is YAML 1.2: only `true` and `false` are booleans. YAML 1.1's `y`, `n`,
    // `yes`, `no`, `on` and `off` are text (an enum of `x` and `y` stays two strings).
    options.strict_booleans = true;
    let mut pointer = String::new();
    let value: Value = serde_saphyr::with_deserializer_from_str_with_options(text, options, |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            pointer = path_pointer("", e.path());
            e.into_inner()
        })
    })
    .map_err(|e| yaml_error(&e, pointer.clone(), limits))?;
    serde_json::to_string(&value)
        .map_err(|e| load_error("", format!("YAML that cannot be written as JSON: {e}")))
}

/// The diagnostic for YAML that `serde-saphyr` refused: a bound crossed, or bad syntax.
pub(super) fn yaml_error(e: &serde_saphyr::Error, pointer: String, limits: &Limits) -> Diagnostic {
    let message = e.without_snippet().to_string();
    // The message says where when it knows; otherwise the location is added.
    let at = e
        .location()
        .filter(|_| !message.contains(" at line "))
        .map(|l| format!(" at line {} column {}", l.line(), l.column()))
        .unwrap_or_default();
    let nodes = (
        "yaml-nodes",
        limits.yaml_nodes,
        "YAML that expands to too many nodes",
    );
    let depth = ("depth", limits.depth, "YAML nested too deeply");
    let bound = match e.without_snippet() {
        serde_saphyr::Error::Budget { breach, .. } => match breach {
            serde_saphyr::budget::BudgetBreach::Depth { .. } => Some(depth),
            serde_saphyr::budget::BudgetBreach::ScalarBytes { .. } => Some((
                "spec-bytes",
                limits.spec_bytes,
                "YAML whose text expands past the size limit",
            )),
            _ => Some(nodes),
        },
        serde_saphyr::Error::AliasReplayLimitExceeded { .. }
        | serde_saphyr::Error::AliasExpansionLimitExceeded { .. }
        | serde_saphyr::Error::AliasReplayStackDepthExceeded { .. }
        | serde_saphyr::Error::AliasReplayCounterOverflow { .. } => Some(nodes),
        _ if message.contains("recursion limit") => Some(depth),
        // A bound crossed while an alias was read comes wrapped in the alias's error.
        _ if message.contains("budget breached") => Some(nodes),
        _ => None,
    };
    match bound {
        Some((name, limit, found)) => {
            Limits::exceeded(pointer, name, limit, &format!("{found}{at} ({message})"))
        }
        None => load_error(pointer, format!("invalid YAML{at}: {message}")),
    }
}
