//! Names: components' Rust names, reserved up front so that they do not depend on the order
//! in which schemas are met, and names for inline enums.

use std::collections::BTreeMap;

use crate::ident;

use super::{Lowerer, NameHint};

/// "a call", "an account".
pub(super) fn article(noun: &str) -> String {
    let vowel = noun.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

/// The name of a component: its last dotted segment, `_enum_` dropped (`call_enum_status` ->
/// `CallStatus`).
pub(super) fn component_base_name(name: &str) -> Vec<String> {
    let segments: Vec<&str> = name.split('.').collect();
    let mut out = Vec::new();
    for take in 1..=segments.len() {
        let joined = segments[segments.len() - take..].join("_");
        out.push(ident::pascal(&joined.replace("_enum_", "_")));
    }
    out
}

pub(super) fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

impl<'a> Lowerer<'a> {
    /// Reserves a Rust name for every component schema that will become a named type, shortest
    /// unambiguous name first, in name order.
    pub(super) fn name_components(&mut self) {
        let Some(components) = &self.doc.components else {
            return;
        };
        let names: Vec<&String> = components.schemas.keys().collect();
        let mut first_choice: BTreeMap<String, usize> = BTreeMap::new();
        for n in &names {
            if let Some(base) = component_base_name(n).first() {
                *first_choice.entry(base.clone()).or_default() += 1;
            }
        }
        for n in names {
            let candidates = component_base_name(n);
            let pick = candidates
                .iter()
                .find(|c| {
                    first_choice.get(*c).copied().unwrap_or(0) <= 1 && !self.type_scope.contains(c)
                })
                .or_else(|| candidates.iter().find(|c| !self.type_scope.contains(c)))
                .cloned()
                .unwrap_or_else(|| {
                    candidates
                        .last()
                        .cloned()
                        .unwrap_or_else(|| "Schema".to_owned())
                });
            let name = self.type_scope.claim(&pick);
            self.component_names.insert(
                format!("#/components/schemas/{}", crate::diag::escape(n)),
                name,
            );
        }
    }
    pub(super) fn inline_enum_name(
        &mut self,
        values: &[String],
        format: Option<&str>,
        hint: &NameHint<'_>,
    ) -> String {
        let field = match hint {
            NameHint::Field { field, .. } => ident::pascal(field),
            NameHint::Param { name, .. } => ident::pascal(name),
            NameHint::Body { op } => format!("{op}Value"),
            NameHint::PathSid { collection } => ident::pascal(collection),
        };
        let mut sorted = values.to_vec();
        sorted.sort();
        // Every `format: http-method` enum with the same values is one type (`Method` for
        // Twilio's GET and POST), whichever field it is on; other enums are one per field name.
        let http_method = format == Some("http-method");
        let base = if !http_method {
            field.clone()
        } else if sorted == ["GET", "POST"] {
            "Method".to_owned()
        } else {
            "HttpMethod".to_owned()
        };
        let key = (if http_method { base.clone() } else { field }, sorted);
        if let Some(existing) = self.enums_by_values.get(&key) {
            return existing.clone();
        }
        let name = if self.type_scope.contains(&base) {
            let owner = match hint {
                NameHint::Field { owner, .. } => (*owner).to_owned(),
                NameHint::Param { op, .. } | NameHint::Body { op } => (*op).to_owned(),
                NameHint::PathSid { .. } => String::new(),
            };
            self.type_scope
                .claim(&ident::pascal(&format!("{owner} {base}")))
        } else {
            self.type_scope.claim(&base)
        };
        self.enums_by_values.insert(key, name.clone());
        name
    }
}
