//! Security: how the generated client authenticates. A spec served from `*.twilio.com` keeps
//! Twilio's credentials (Account SID with Auth Token or API Key, `TWILIO_*` variables, regions
//! and edges); any other gets a builder method and environment variables per security scheme,
//! named after the scheme and the package.

use openapiv3::{APIKeyLocation, SecurityRequirement, SecurityScheme as OaScheme};
use openapiv3::{OpenAPI, ReferenceOr};

use crate::ident::{self, Scope};
use crate::model::{Auth, SchemeKind, SecurityScheme, ServerVariable};
use crate::model::{Location, Operation};

use super::Lowerer;
/// A list of security requirements: the alternatives in order, each the names of the schemes
/// that must all be sent.
pub(super) fn allowed(requirements: &[SecurityRequirement]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for requirement in requirements {
        let names: Vec<String> = requirement.keys().cloned().collect();
        if !out.contains(&names) {
            out.push(names);
        }
    }
    out
}

/// What a Twilio operation that needs `requirements` sends, in the kinds Twilio's runtime
/// knows (`basic` for the account's credentials, `token` for an OAuth 2.0 access token, a
/// scheme of another kind by its name): `None` where that is the account's credentials, as for
/// most operations (and where the spec says nothing).
pub(super) fn twilio_kinds(
    doc: &OpenAPI,
    requirements: &[Vec<String>],
) -> Option<Vec<Vec<String>>> {
    let schemes = doc.components.as_ref().map(|c| &c.security_schemes);
    let kind = |name: &String| -> String {
        match schemes.and_then(|s| s.get(name)) {
            Some(ReferenceOr::Item(OaScheme::HTTP { scheme, .. }))
                if scheme.eq_ignore_ascii_case("basic") =>
            {
                "basic".to_owned()
            }
            Some(ReferenceOr::Item(
                OaScheme::HTTP { .. } | OaScheme::OAuth2 { .. } | OaScheme::OpenIDConnect { .. },
            )) => "token".to_owned(),
            _ => name.clone(),
        }
    };
    let kinds: Vec<Vec<String>> = requirements
        .iter()
        .map(|names| names.iter().map(kind).collect())
        .collect();
    let basic = kinds.first().is_some_and(|k| k == &["basic"]);
    let unsaid = requirements.is_empty() && doc.security.is_none();
    (!basic && !unsaid).then_some(kinds)
}

/// Whether a server is one of Twilio's hosts.
fn is_twilio(server: &str) -> bool {
    let host = server
        .split_once("://")
        .map_or(server, |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or("");
    host == "twilio.com" || host.ends_with(".twilio.com")
}

impl Lowerer<'_> {
    /// How the crate authenticates, for a spec whose first server is `server`.
    pub(super) fn auth(&mut self, server: &str, package: &str) -> Auth {
        if is_twilio(server) {
            return Auth::Twilio;
        }
        let doc = self.doc;
        let mut schemes = Vec::new();
        let mut methods = Scope::default();
        // The builder's own methods are not a scheme's.
        for taken in [
            "new",
            "from_vars",
            "base_url",
            "allow_insecure_http",
            "timeout",
            "connect_timeout",
            "max_response_bytes",
            "max_pages",
            "retry_policy",
            "http_client",
            "user_agent_suffix",
            "build",
            "credential",
        ] {
            methods.claim(taken);
        }
        let prefix = ident::snake(package).to_ascii_uppercase();
        let entries = doc
            .components
            .as_ref()
            .map(|c| c.security_schemes.iter().collect::<Vec<_>>())
            .unwrap_or_default();
        for (name, scheme) in entries {
            let pointer = crate::diag::pointer(["components", "securitySchemes", name]);
            let ReferenceOr::Item(scheme) = scheme else {
                self.report_unsupported(
                    &pointer,
                    "a security scheme given by `$ref`".to_owned(),
                    "scheme",
                );
                continue;
            };
            let (kind, description) = match scheme {
                OaScheme::HTTP {
                    scheme,
                    description,
                    ..
                } if scheme.eq_ignore_ascii_case("basic") => (SchemeKind::Basic, description),
                OaScheme::HTTP {
                    scheme,
                    description,
                    ..
                } if scheme.eq_ignore_ascii_case("bearer") => (SchemeKind::Bearer, description),
                OaScheme::HTTP { scheme, .. } => {
                    self.report_unsupported(
                        &pointer,
                        format!("the HTTP authentication scheme `{scheme}`"),
                        "scheme",
                    );
                    continue;
                }
                OaScheme::APIKey {
                    location,
                    name,
                    description,
                    ..
                } => {
                    let location = match location {
                        APIKeyLocation::Header => Location::Header,
                        APIKeyLocation::Query => Location::Query,
                        APIKeyLocation::Cookie => Location::Cookie,
                    };
                    (
                        SchemeKind::ApiKey {
                            location,
                            name: name.clone(),
                        },
                        description,
                    )
                }
                // The caller brings the access token; getting one is the OAuth flow's business.
                OaScheme::OAuth2 { description, .. }
                | OaScheme::OpenIDConnect { description, .. } => (SchemeKind::Bearer, description),
            };
            let var = format!("{prefix}_{}", ident::snake(name).to_ascii_uppercase());
            let vars = if kind == SchemeKind::Basic {
                vec![format!("{var}_USERNAME"), format!("{var}_PASSWORD")]
            } else {
                vec![var]
            };
            schemes.push(SecurityScheme {
                name: name.clone(),
                method: methods.claim(&ident::snake(name)),
                kind,
                vars,
                doc: self.doc_text(description.as_deref().unwrap_or("")),
            });
        }
        let default = allowed(doc.security.as_deref().unwrap_or_default());
        let variables = self.server_variables(&mut methods);
        Auth::Schemes {
            schemes,
            default,
            base_url_var: format!("{prefix}_BASE_URL"),
            variables,
        }
    }

    /// The variables of every server's URL (the document's, then each path item's and
    /// operation's, the first definition of a name kept), each with a builder method.
    fn server_variables(&mut self, methods: &mut Scope) -> Vec<ServerVariable> {
        let doc = self.doc;
        let mut servers: Vec<&openapiv3::Server> = doc.servers.iter().take(1).collect();
        for item in doc.paths.paths.values() {
            if let ReferenceOr::Item(item) = item {
                servers.extend(item.servers.first());
                servers.extend(item.iter().filter_map(|(_, op)| op.servers.first()));
            }
        }
        let mut out: Vec<ServerVariable> = Vec::new();
        for server in servers {
            for (name, var) in server.variables.iter().flatten() {
                if out.iter().any(|v| &v.name == name) {
                    continue;
                }
                let doc = var.description.clone().unwrap_or_default();
                out.push(ServerVariable {
                    name: name.clone(),
                    method: methods.claim(&ident::snake(name)),
                    default: var.default.clone(),
                    values: var.enumeration.clone(),
                    doc: self.doc_text(&doc),
                });
            }
        }
        out
    }
}

/// Twilio's operations take the account's credentials, but for those whose spec names another
/// kind (an OAuth access token) or none.
pub(super) fn twilio_credentials(doc: &OpenAPI, operations: &mut [Operation]) {
    let default = allowed(doc.security.as_deref().unwrap_or_default());
    for op in operations {
        op.security = twilio_kinds(doc, op.security.as_ref().unwrap_or(&default));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn twilio_hosts_are_told_apart() {
        assert!(super::is_twilio("https://api.twilio.com"));
        assert!(super::is_twilio("https://messaging.twilio.com/v1"));
        assert!(!super::is_twilio("https://api.sendgrid.com"));
        assert!(!super::is_twilio("https://twilio.com.example.org"));
    }
}
