//! A crate made of several specs: the runtime, the SID types and the command line once at the
//! root, and each spec's files in its product's module (`src/verify_v2/`), printed as a crate
//! of that spec alone would have them, with their paths moved under the module
//! ([`rooted`](super::rooted)). Each product is behind a cargo feature of its module's name.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::files::{ManyReadmeFile, ProductFile};
use super::rooted::{Rooted, within};
use super::*;
use crate::model::{Product, SidKind};

/// What names a crate made of several specs.
#[derive(Debug, Clone)]
pub struct ManyOptions {
    /// The package name (`twilio`).
    pub package: String,
    /// Its version.
    pub version: String,
}

/// Renders the crate of several specs: `apis` are the products (each with its
/// [`Product`]), `sids` the SID types they share.
///
/// # Errors
///
/// A diagnostic if generated text fails to parse as Rust (a generator bug) or a template fails.
pub fn render_many(
    apis: &[Api],
    sids: &BTreeMap<String, SidKind>,
    options: &ManyOptions,
    statics: Files,
) -> Result<Files, Diagnostics> {
    let mut diags = Diagnostics::default();
    let mut files = Files::new();
    let products: Vec<&Product> = apis.iter().filter_map(|a| a.product.as_ref()).collect();
    let (Some(_), Some(first_api)) = (products.first(), apis.first()) else {
        return Err(render_error("src/lib.rs", "a crate of several specs needs one").into());
    };
    let lib_name = options.package.replace('-', "_");
    let mut text = |path: &str, result: Result<String, Diagnostic>| match result {
        Ok(t) => {
            files.insert(path.to_owned(), t);
        }
        Err(d) => diags.push(d),
    };
    for (path, result) in manifest_files(apis, &products, options, &lib_name) {
        text(path, result);
    }
    // The runtime, and the binary; not the examples and the test of one spec's operations.
    let twilio = first_api.auth == crate::model::Auth::Twilio;
    for (path, body) in statics {
        let runtime = RUNTIME_PLACES.iter().any(|(_, place)| match place {
            Place::File(p) => *p == path && p.starts_with("src/"),
            Place::Twilio(p) => *p == path && twilio,
            Place::Auth | Place::Sids => false,
        });
        if runtime || path == "src/bin/cli.rs" {
            text(&path, Ok(body));
        }
    }
    text("src/auth.rs", Ok(auth::runtime(&first_api.auth).to_owned()));

    // Each product laid out as a crate of its own would be.
    let layouts: Vec<Layout<'_>> = apis.iter().map(Layout::new).collect();
    let routes: Vec<_> = apis.iter().map(Api::routes).collect();
    let subcommands: Vec<Vec<cli::Subcommand<'_>>> = apis
        .iter()
        .zip(&routes)
        .map(|(api, routes)| cli::subcommands(api, routes))
        .collect();
    let placed: Vec<Placed<'_>> = apis
        .iter()
        .zip(&layouts)
        .zip(&subcommands)
        .map(|((api, layout), subs)| place(api, layout, subs))
        .collect();
    let grouped: Vec<Vec<Vec<&cli::Subcommand<'_>>>> = placed
        .iter()
        .zip(&subcommands)
        .map(|(p, subs)| group_commands(p, subs))
        .collect();
    let bases: Vec<String> = products
        .iter()
        .map(|p| format!("src/{}", p.module))
        .collect();

    let root: BTreeSet<String> = root_names()
        .into_iter()
        .chain(sids.keys().cloned())
        .collect();
    let blocking: BTreeSet<String> = runtime_items("blocking.rs");

    let mut rust: Vec<(String, Vec<Piece<'_>>)> = Vec::new();
    rust.push((
        "src/lib.rs".to_owned(),
        vec![lib_piece(apis, sids, &lib_name)],
    ));
    let path = "src/sids.rs";
    rust.push((
        path.to_owned(),
        vec![
            head(
                path,
                lines(&[
                    "SID types: one per kind of Twilio SID, shared by every product, operation and",
                    "model.",
                    "",
                    "Each checks its length, prefix and hexadecimal digits when it is made, parsed or",
                    "deserialized, so a SID in a request path is always exactly 34 safe characters.",
                ]),
            ),
            Box::new(|| Ok(runtime_file("sid_macro.rs").to_owned())),
            items(path, move || Ok(sids_module(sids))),
        ],
    ));
    if matches!(first_api.auth, crate::model::Auth::Schemes { .. }) {
        let path = "src/credentials.rs";
        rust.push((
            path.to_owned(),
            vec![
                head(
                    path,
                    lines(&[
                        "The API's security schemes: how each credential goes into a request, the",
                        "variables it is read from, and the builder's method that sets it.",
                    ]),
                ),
                items(path, move || Ok(auth::credentials(first_api))),
            ],
        ));
    }
    rust.extend(root_files(
        &products,
        &first_api.auth,
        &options.package,
        &lib_name,
    ));
    for (i, api) in apis.iter().enumerate() {
        let Some(product) = &api.product else {
            continue;
        };
        let rooted = Arc::new(Rooted {
            module: product.module.clone(),
            root: root.clone(),
            blocking: blocking.clone(),
        });
        let path = format!("{}/mod.rs", bases[i]);
        let module = ProductFile {
            doc: docs::product_module_doc(api, product),
            has_types: !api.types.is_empty(),
            // The product's own type is there, operations or not.
            has_resources: true,
        };
        let piece: Piece<'_> = Box::new(move || rust_file(&path, &template(&path, &module)?));
        rust.push((format!("{}/mod.rs", bases[i]), vec![piece]));
        let spec = Spec {
            api,
            layout: &layouts[i],
            placed: &placed[i],
            grouped: &grouped[i],
            subcommands: &subcommands[i],
            base: &bases[i],
        };
        for (path, pieces) in spec_files(spec, &lib_name) {
            let pieces = pieces
                .into_iter()
                .map(|piece| -> Piece<'_> { Box::new(within(&rooted, piece)) })
                .collect();
            rust.push((path, pieces));
        }
    }
    for (path, result) in print_pieces(rust) {
        text(&path, result);
    }
    diags.finish(files)
}

/// `Cargo.toml` (a feature per product, and `full`) and `README.md` (the features' table).
fn manifest_files(
    apis: &[Api],
    products: &[&Product],
    options: &ManyOptions,
    lib_name: &str,
) -> [(&'static str, Result<String, Diagnostic>); 2] {
    let modules: Vec<String> = products.iter().map(|p| p.module.clone()).collect();
    let title = format!("{} APIs", products.len());
    let spec_names = format!("{} specs", products.len());
    let cargo = files::CargoFile {
        example_deps: false,
        mock_test: false,
        spec_name: &spec_names,
        package: &options.package,
        version: &options.version,
        title: &title,
        lib_name,
        products: modules,
    };
    let readme = ManyReadmeFile {
        package: &options.package,
        lib_name,
        products: apis
            .iter()
            .zip(products)
            .map(|(api, p)| {
                (
                    p.module.clone(),
                    api.title.clone(),
                    p.spec_name.clone(),
                    api.operations.len(),
                )
            })
            .collect(),
        first: products
            .first()
            .map(|p| p.module.clone())
            .unwrap_or_default(),
        configuration: apis
            .first()
            .map(|api| auth::configuration(api, false))
            .unwrap_or_default(),
    };
    [
        ("Cargo.toml", template("Cargo.toml", &cargo)),
        ("README.md", template("README.md", &readme)),
    ]
}

/// The names at a crate's root besides the SID types, as `templates/lib.rs.txt` gives them:
/// its modules, its re-exports and its type aliases (the one list; nothing repeats it here).
fn root_names() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in include_str!("../../../templates/lib.rs.txt").lines() {
        // A line may start with a template tag (`{% if … %}pub use models::*;`).
        let line = line.rsplit("%}").next().unwrap_or(line).trim();
        let name = if let Some(rest) = line.strip_prefix("pub use ") {
            rest.trim_end_matches(';').rsplit("::").next()
        } else if let Some(rest) = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "))
        {
            Some(rest.trim_end_matches(';'))
        } else if let Some(rest) = line.strip_prefix("type ") {
            rest.split([' ', '=']).next()
        } else {
            None
        };
        if let Some(name) = name.filter(|n| !n.is_empty() && *n != "*" && !n.contains('{')) {
            names.insert(name.to_owned());
        }
    }
    names
}

/// The public items of a runtime file (what stays at the root of a module that products
/// share, such as `blocking`).
fn runtime_items(name: &str) -> BTreeSet<String> {
    let Ok(file) = syn::parse_file(runtime_file(name)) else {
        return BTreeSet::new();
    };
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            syn::Item::Fn(f) => Some(f.sig.ident.to_string()),
            syn::Item::Type(t) => Some(t.ident.to_string()),
            syn::Item::Trait(t) => Some(t.ident.to_string()),
            syn::Item::Const(c) => Some(c.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// `src/lib.rs`: the runtime's modules and re-exports, the SID types, a module per product
/// behind its feature, and the client's method per product.
fn lib_piece<'a>(
    apis: &'a [Api],
    sids: &'a BTreeMap<String, SidKind>,
    lib_name: &'a str,
) -> Piece<'a> {
    Box::new(move || {
        let products = apis
            .iter()
            .filter_map(|api| {
                let p = api.product.as_ref()?;
                let title = if api.title.is_empty() {
                    format!("The `{}` API", p.module)
                } else {
                    api.title.trim_end_matches('.').to_owned()
                };
                let doc = format!(
                    "{title} (feature `{}`): where its operations are reached from.",
                    p.module
                );
                Some((p.module.clone(), p.type_name.clone(), doc))
            })
            .collect();
        let lib = LibFile {
            crate_doc: docs::many_crate_doc(apis, lib_name),
            has_sids: !sids.is_empty(),
            has_types: false,
            has_resources: false,
            schemes: matches!(
                apis.first().map(|a| &a.auth),
                Some(crate::model::Auth::Schemes { .. })
            ),
            call_sid: sid_or_string(sids, "CA"),
            account_sid: sid_or_string(sids, "AC"),
            event_sid: sid_or_string(sids, "KX"),
            products,
        };
        rust_file("src/lib.rs", &template("src/lib.rs", &lib)?)
    })
}

/// The modules at the root that every product adds to: `blocking/mod.rs` and `mock/mod.rs`
/// (the runtime's part, and a method per product on its client and server), and the command
/// line (`cli/mod.rs`, a variant per product).
fn root_files<'a>(
    products: &[&'a Product],
    auth: &'a crate::model::Auth,
    package: &'a str,
    lib_name: &'a str,
) -> Vec<(String, Vec<Piece<'a>>)> {
    let mut out = Vec::new();
    let path = "src/blocking/mod.rs";
    let list = products.to_vec();
    out.push((
        path.to_owned(),
        vec![
            head(path, blocking::module_doc(lib_name)),
            items(path, move || {
                let methods = list.iter().map(|p| {
                    let (module, ty, feature) = (id(&p.module), id(&p.type_name), print::lit(&p.module));
                    let doc = print::lit(&format!(" The blocking face of [`Client::{m}`](crate::Client::{m}) (feature `{m}`).", m = p.module));
                    quote! {
                        #[doc = #doc]
                        #[cfg(feature = #feature)]
                        #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
                        pub fn #module(&self) -> crate::#module::blocking::#ty<'_> {
                            crate::#module::blocking::#ty { inner: self.inner.#module(), client: self }
                        }
                    }
                });
                Ok(quote! {
                    #[rustfmt::skip]
                    mod client;
                    pub use client::*;
                    impl Client {
                        #(#methods)*
                    }
                })
            }),
        ],
    ));
    let path = "src/mock/mod.rs";
    let list = products.to_vec();
    out.push((
        path.to_owned(),
        vec![
            head(path, mock::module_doc(lib_name)),
            items(path, move || {
                let routes = list.iter().map(|p| {
                    let (module, feature) = (id(&p.module), print::lit(&p.module));
                    quote! {
                        #[cfg(feature = #feature)]
                        let routes = routes.chain(&crate::#module::mock::ROUTES);
                    }
                });
                let methods = list.iter().map(|p| {
                    let (module, ty, feature) =
                        (id(&p.module), id(&p.type_name), print::lit(&p.module));
                    let doc = print::lit(&format!(
                        " The mocks of `{m}`'s operations (feature `{m}`).",
                        m = p.module
                    ));
                    quote! {
                        #[doc = #doc]
                        #[cfg(feature = #feature)]
                        #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
                        pub fn #module(&self) -> crate::#module::mock::#ty<'_> {
                            crate::#module::mock::#ty { server: self }
                        }
                    }
                });
                Ok(quote! {
                    #[rustfmt::skip]
                    mod server;
                    pub use server::*;
                    /// The routes the server matches requests against: every operation of each
                    /// product whose feature is on.
                    fn routes() -> Vec<&'static Route> {
                        let routes = std::iter::empty::<&'static Route>();
                        #(#routes)*
                        routes.collect()
                    }
                    impl MockServer {
                        #(#methods)*
                    }
                })
            }),
        ],
    ));
    let path = "src/cli/mod.rs";
    let list = products.to_vec();
    out.push((
        path.to_owned(),
        vec![
            head(
                path,
                lines(&[
                    "The command line (feature `cli`): one subcommand per operation of each product",
                    "whose feature is on, named as topics (`{product}:{resources}:{action}`, as",
                    "twilio-cli names them). The binary is a thin `main` around [`main`].",
                ]),
            ),
            items(path, move || {
                Ok(cli::cli_many(package, "The APIs of its products", auth, &list))
            }),
        ],
    ));
    out
}

#[cfg(test)]
mod tests {
    /// The root's names are read from the crate's `lib.rs` template: its modules, re-exports
    /// and aliases, and nothing of the template's own syntax.
    #[test]
    fn the_roots_names_are_the_lib_templates() {
        let names = super::root_names();
        for name in [
            "Client",
            "Error",
            "Request",
            "Body",
            "Response",
            "Scalar",
            "Uri",
            "Upload",
            "DateOrDateTime",
            "formats",
            "paging",
            "client",
            "blocking",
            "mock",
            "cli",
            "sids",
            "WebhookCallSid",
            "time",
            "url",
            "Url",
            "new_idempotency_key",
        ] {
            assert!(names.contains(name), "{name} in {names:?}");
        }
        assert!(
            !names.iter().any(|n| n.contains(['{', '}', '%', ' ', '*'])),
            "{names:?}"
        );
        // A product's module is never named as one of the root's (lower/products.rs keeps
        // that list for the lowering, which does not read templates).
        for module in crate::lower::products::ROOT_MODULES {
            assert!(names.contains(module), "{module} in {names:?}");
        }
    }
}
