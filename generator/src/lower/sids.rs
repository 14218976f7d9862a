//! SID types: which string schemas are SIDs (a two-letter prefix and 32 hex digits), what
//! each kind is called, and renaming them once every use is known.

use std::collections::BTreeMap;

use crate::ident;
use crate::model::{Node, Operation, Returns, SidKind, Type, TypeDef};

use super::naming::{article, component_base_name};
use super::{Lowerer, SidOwner};

/// A recognised SID pattern: `^CA[0-9a-fA-F]{32}$`, `^(SM|MM)[0-9a-fA-F]{32}$`, `OR[0-9a-f]{32}`.
pub(super) fn parse_sid_pattern(pattern: &str) -> Option<(Vec<String>, bool)> {
    let p = pattern.strip_prefix('^').unwrap_or(pattern);
    let p = p.strip_suffix('$').unwrap_or(p);
    let (prefixes, rest) = if let Some(rest) = p
        .strip_prefix("[a-zA-Z]{2}")
        .or_else(|| p.strip_prefix("[A-Z]{2}"))
    {
        (Vec::new(), rest)
    } else if let Some(inner) = p.strip_prefix('(') {
        let close = inner.find(')')?;
        let alts: Vec<String> = inner[..close].split('|').map(str::to_owned).collect();
        if !alts
            .iter()
            .all(|a| a.len() == 2 && a.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return None;
        }
        (alts, &inner[close + 1..])
    } else {
        let prefix = p.get(..2)?;
        if !prefix.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        (vec![prefix.to_owned()], &p[2..])
    };
    let upper = match rest {
        "[0-9a-fA-F]{32}" | "[0-9A-Fa-f]{32}" | "[a-fA-F0-9]{32}" => true,
        "[0-9a-f]{32}" => false,
        _ => return None,
    };
    Some((prefixes, upper))
}

/// A SID kind being collected: its name candidates, ranked.
#[derive(Debug, Default)]
pub(super) struct SidEntry {
    pub(super) prefixes: Vec<String>,
    pub(super) upper_hex: bool,
    pub(super) pattern: String,
    /// (priority, name) -> how often seen; lower priority wins, then the most seen.
    pub(super) candidates: BTreeMap<(u8, String), usize>,
}

/// "UserDefinedMessageSubscriptionSid" -> "user defined message subscription".
pub(super) fn describe_sid(name: &str) -> String {
    let stem = name.strip_suffix("Sid").unwrap_or(name);
    heck::ToSnakeCase::to_snake_case(stem).replace('_', " ")
}

pub(super) fn rename_sid(ty: &mut Type, names: &BTreeMap<String, String>) {
    match ty {
        Type::Sid(key) => {
            if let Some(name) = names.get(key) {
                *key = name.clone();
            }
        }
        Type::Array(inner) | Type::Map(inner) => rename_sid(inner, names),
        _ => {}
    }
}

/// Renames every use of a SID type (inputs, answers, fields, navigation) by `names`.
pub(super) fn rename_sids(
    operations: &mut [Operation],
    types: &mut BTreeMap<String, TypeDef>,
    root: &mut Node,
    names: &BTreeMap<String, String>,
) {
    for op in operations.iter_mut() {
        for p in op.path_params.iter_mut().chain(op.params.iter_mut()) {
            rename_sid(&mut p.ty, names);
        }
        if let Returns::Json(ty) = &mut op.returns {
            rename_sid(ty, names);
        }
    }
    for def in types.values_mut() {
        if let TypeDef::Struct(s) = def {
            for f in &mut s.fields {
                rename_sid(&mut f.ty, names);
            }
        }
    }
    rename_node(root, names);
}

/// What a SID type's docs say: the kind it names and its prefixes.
pub(super) fn sid_doc(name: &str, prefixes: &[String]) -> String {
    match prefixes {
        [] => "A Twilio SID of any kind: two letters and 32 hexadecimal digits.".to_owned(),
        [one] => format!(
            "The SID of a {}: `{one}` and 32 hexadecimal digits.",
            describe_sid(name)
        ),
        many => format!(
            "The SID of {}: one of {} and 32 hexadecimal digits.",
            article(&describe_sid(name)),
            many.iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub(super) fn rename_node(node: &mut Node, names: &BTreeMap<String, String>) {
    if let Some(p) = &mut node.param {
        rename_sid(&mut p.ty, names);
    }
    for c in &mut node.children {
        rename_node(c, names);
    }
}

impl<'a> Lowerer<'a> {
    /// Records a SID pattern seen on a field or parameter, with a name candidate.
    pub(super) fn sid_type(&mut self, pattern: &str, owner: SidOwner<'_>) -> Option<Type> {
        let (prefixes, upper) = parse_sid_pattern(pattern)?;
        let key = if prefixes.is_empty() {
            "*".to_owned()
        } else {
            prefixes.join("|")
        };
        let entry = self.sids.entry(key.clone()).or_default();
        if entry.pattern.is_empty() {
            entry.pattern = pattern.to_owned();
        }
        entry.prefixes = prefixes.clone();
        entry.upper_hex |= upper;
        let candidate = if prefixes.is_empty() {
            Some((0, "AnySid".to_owned()))
        } else {
            match owner {
                // Named in the singular, like the rest (`messaging.v1.brand_registrations`:
                // `BrandRegistrationSid`).
                SidOwner::SchemaSid(schema) => component_base_name(schema).first().map(|n| {
                    let one = ident::pascal(&ident::singular(n));
                    let stem = one.strip_suffix("Sid").filter(|s| !s.is_empty());
                    (0, format!("{}Sid", stem.unwrap_or(&one)))
                }),
                SidOwner::PathSid(collection) => Some((
                    1,
                    ident::pascal(&format!("{} Sid", ident::singular(collection))),
                )),
                SidOwner::Named(name) => {
                    let p = ident::pascal(name);
                    // A list of SIDs (`ServerlessServiceSids`) holds `ServerlessServiceSid`s.
                    let p = match p.strip_suffix("Sids") {
                        Some(stem) if !stem.is_empty() => format!("{stem}Sid"),
                        _ => p,
                    };
                    match p.strip_suffix("Sid") {
                        Some(stem) if !stem.is_empty() => Some((2, format!("{stem}Sid"))),
                        Some(_) => None,
                        // A field that holds a SID without saying so (`Byoc`): `ByocSid`, the
                        // weakest candidate.
                        None if !p.is_empty() => Some((3, format!("{p}Sid"))),
                        None => None,
                    }
                }
            }
        };
        if let Some(c) = candidate {
            *entry.candidates.entry(c).or_default() += 1;
        }
        Some(Type::Sid(key))
    }
    /// Gives each SID kind its name: the best candidate that is still free.
    pub(super) fn name_sids(&mut self) -> BTreeMap<String, String> {
        let mut ranked: Vec<(String, Vec<String>)> = Vec::new();
        for (key, e) in &self.sids {
            let mut c: Vec<(&(u8, String), &usize)> = e.candidates.iter().collect();
            c.sort_by(|a, b| a.0.0.cmp(&b.0.0).then(b.1.cmp(a.1)).then(a.0.1.cmp(&b.0.1)));
            let mut names: Vec<String> = c.into_iter().map(|((_, n), _)| n.clone()).collect();
            names.push(format!("Sid{}", ident::pascal(&key.replace('|', "_"))));
            ranked.push((key.clone(), names));
        }
        // The best-supported kinds choose first.
        ranked.sort_by_key(|(key, _)| {
            let e = &self.sids[key];
            let best = e.candidates.keys().map(|(p, _)| *p).min().unwrap_or(9);
            (best, key.clone())
        });
        let mut out = BTreeMap::new();
        for (key, names) in ranked {
            let pick = names
                .iter()
                .find(|n| !self.type_scope.contains(n))
                .cloned()
                .unwrap_or_else(|| names[0].clone());
            out.insert(key, self.type_scope.claim(&pick));
        }
        out
    }

    /// Settles the SID types' names, now that every SID is known, and renames each use of
    /// them (inputs, answers, fields, navigation): the SID kinds of the API, by name.
    pub(super) fn settle_sids(
        &mut self,
        operations: &mut [Operation],
        root: &mut Node,
    ) -> BTreeMap<String, SidKind> {
        let sid_names = self.name_sids();
        rename_sids(operations, &mut self.types, root, &sid_names);
        self.sids
            .iter()
            .filter_map(|(key, e)| {
                let name = sid_names.get(key)?.clone();
                let doc = sid_doc(&name, &e.prefixes);
                Some((
                    name.clone(),
                    SidKind {
                        name,
                        prefixes: e.prefixes.clone(),
                        upper_hex: e.upper_hex,
                        pattern: e.pattern.clone(),
                        doc,
                        features: Vec::new(),
                    },
                ))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sid_patterns() {
        assert_eq!(
            parse_sid_pattern("^CA[0-9a-fA-F]{32}$"),
            Some((vec!["CA".to_owned()], true))
        );
        assert_eq!(
            parse_sid_pattern("OR[0-9a-f]{32}"),
            Some((vec!["OR".to_owned()], false))
        );
        assert_eq!(
            parse_sid_pattern("^(SM|MM)[0-9a-fA-F]{32}$"),
            Some((vec!["SM".to_owned(), "MM".to_owned()], true))
        );
        assert_eq!(
            parse_sid_pattern("^[a-zA-Z]{2}[0-9a-fA-F]{32}$"),
            Some((vec![], true))
        );
        assert_eq!(parse_sid_pattern("^[A-Z0-9]{6}$"), None);
        assert_eq!(parse_sid_pattern("^OQ[a-zA-Z0-9]{32}$"), None);
    }
}
