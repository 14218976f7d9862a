//! The generated command line (feature `cli`): one subcommand per operation, named after
//! twilio-cli's topics (`api:core:calls:user-defined-message-subscriptions:create`).

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::flags::{arg_type, flag_doc, plain};
use super::layout::Module;
use crate::ident::{self, Scope};
use crate::model::{Api, Node, Operation, Parameter, Returns, Type};

fn id(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

fn lit(s: &str) -> Literal {
    Literal::string(s)
}

/// Which of the CLI's value parsers some flag needs.
#[derive(Default)]
struct Parsers {
    json: bool,
    date_time: bool,
    date: bool,
}

impl Parsers {
    /// Notes the parser a flag of type `ty` needs, if any.
    fn note(&mut self, ty: &Type) {
        let inner = match ty {
            Type::Array(t) => super::models::nested(t),
            t => t.clone(),
        };
        self.json |= matches!(inner, Type::Json | Type::Map(_) | Type::Struct(_));
        self.date_time |= matches!(inner, Type::DateTimeRfc2822 | Type::DateTime);
        self.date |= matches!(inner, Type::Date);
    }
}

/// One subcommand: its operation, the navigation from the client to it, and its words.
pub(crate) struct Subcommand<'a> {
    /// The operation's index in the API.
    pub(crate) index: usize,
    op: &'a Operation,
    route: &'a [&'a Node],
    /// The words that select it: a topic or an action alone, or a resource and an action.
    words: &'a [String],
}

impl Subcommand<'_> {
    fn variant(&self) -> Ident {
        id(&ident::pascal(&self.op.operation_id))
    }

    fn args_type(&self) -> Ident {
        id(&ident::pascal(&format!("{} Args", self.op.operation_id)))
    }

    /// The path parameters' fields: name and parameter. A path value has the type of the
    /// navigation node that carries it (a `ConferenceSid` even where one operation's spec left
    /// the pattern out); its field is the one the model names (`Command::path_fields`).
    fn path_fields(&self) -> Vec<(Ident, Parameter)> {
        let node_params: Vec<&Parameter> =
            self.route.iter().filter_map(|n| n.param.as_ref()).collect();
        self.op
            .path_params
            .iter()
            .enumerate()
            .map(|(idx, p)| {
                let mut p = p.clone();
                if let Some(node_param) = node_params.get(idx) {
                    p.ty = node_param.ty.clone();
                }
                let field = self.op.command.path_fields.get(idx).cloned();
                (id(&field.unwrap_or_else(|| format!("path_{idx}"))), p)
            })
            .collect()
    }

    /// Whether the operation is a list with Twilio's paging (`list` collects its items).
    fn paged(&self) -> bool {
        matches!(
            (&self.op.paging, &self.op.returns),
            (Some(_), Returns::Json(Type::Struct(_)))
        )
    }

    /// Its name among its siblings: its last word.
    fn name(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }

    /// The resource it is an action of, when it is one.
    pub(crate) fn resource(&self) -> Option<&str> {
        match self.words {
            [resource, _] => Some(resource),
            _ => None,
        }
    }

    /// Its variant, in `Command` or in its resource's enum.
    fn variant_item(&self) -> TokenStream {
        let op = self.op;
        let summary = lit(&format!(" {}", plain(&crate::docs::summary(&op.doc))));
        let long = lit(&format!(
            "{}\n\n{} {}",
            plain(&op.doc),
            op.method.as_str(),
            op.path
        ));
        let name = lit(self.name());
        let variant = self.variant();
        let args_ty = self.args_type();
        quote! {
            #[doc = #summary]
            #[command(name = #name, long_about = #long)]
            #variant(Box<#args_ty>)
        }
    }

    /// The flags: path parameters (the account one optional), then the operation's inputs,
    /// which its parameters struct declares (flattened in).
    fn args_struct(&self) -> TokenStream {
        let path_flags = &self.op.command.path_flags;
        let account_optional = self.route.first().is_some_and(|n| n.client_account);
        let mut fields: Vec<TokenStream> = self
            .path_fields()
            .into_iter()
            .zip(path_flags)
            .enumerate()
            .map(|(idx, ((field, p), flag))| {
                let doc = flag_doc(&p);
                let flag = lit(flag);
                let (ty, parser) = arg_type(&p.ty);
                let ty = if idx == 0 && account_optional {
                    quote!(Option<#ty>)
                } else {
                    ty
                };
                quote! {
                    #[doc = #doc]
                    #[arg(long = #flag #parser)]
                    pub #field: #ty
                }
            })
            .collect();
        if let Some(ps) = &self.op.params_struct {
            let ps = id(ps);
            fields.push(quote! {
                /// The operation's inputs.
                #[command(flatten)]
                pub params: crate::#ps
            });
        }
        // Every list takes a limit, whether or not it has inputs.
        if self.paged() {
            fields.push(quote! {
                /// The most items to print, following pages as needed (twilio-cli's default: 50).
                #[arg(long = "limit", value_name = "N", default_value_t = 50, conflicts_with = "no_limit")]
                pub limit: usize
            });
            fields.push(quote! {
                /// Print every item of every page.
                #[arg(long = "no-limit")]
                pub no_limit: bool
            });
        }
        let args_doc = lit(&format!(" The flags of `{}`.", self.words.join(" ")));
        let args_ty = self.args_type();
        quote! {
            #[doc = #args_doc]
            #[derive(Debug, clap::Args)]
            pub struct #args_ty {
                #(#fields,)*
            }
        }
    }

    /// The arm of `execute`'s match on `parent` (`Command`, or a resource's enum): navigation
    /// from the client, with the flags' values, then the call.
    fn arm(&self, parent: &Ident) -> TokenStream {
        let op = self.op;
        let path_fields = self.path_fields();
        let path_arg = |(field, p): &(Ident, Parameter)| match p.ty {
            Type::Sid(_) | Type::Enum(_) => quote!(&a.#field),
            Type::Integer { .. } | Type::Number { .. } | Type::Boolean | Type::Date => {
                quote!(a.#field)
            }
            Type::Scalar => quote!(a.#field.clone()),
            _ => quote!(a.#field.as_str()),
        };
        let mut chain = quote!(client);
        let mut path_index = 0;
        for (depth, node) in self.route.iter().enumerate() {
            let accessor = id(&node.accessor);
            if node.param.is_some() {
                let Some(path_field) = path_fields.get(path_index) else {
                    continue;
                };
                path_index += 1;
                if depth == 0 && node.client_account {
                    let f = &path_field.0;
                    chain = quote! {
                        (match &a.#f {
                            Some(sid) => client.account(sid),
                            None => client.default_account(),
                        })
                    };
                } else {
                    let arg = path_arg(path_field);
                    chain = quote!(#chain.#accessor(#arg));
                }
            } else {
                chain = quote!(#chain.#accessor());
            }
        }
        let method = id(&op.rust_name);
        // Path values the handles do not carry (inside a segment) are the method's arguments.
        let mut call_args: Vec<TokenStream> = path_fields
            .get(path_index..)
            .unwrap_or_default()
            .iter()
            .map(path_arg)
            .collect();
        let mut limit = quote!();
        if op.params_struct.is_some() {
            call_args.push(quote!(params));
        }
        let mut call = quote!(#chain.#method(#(#call_args),*).await);
        if op.params_struct.is_some() {
            limit = if self.paged() {
                quote!(let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };)
            } else {
                quote!(let params = a.params;)
            };
        } else if let (true, Some(paging)) = (self.paged(), &op.paging) {
            // A list without inputs has no parameters to carry the limit: its stream is cut.
            let stream = id(&paging.stream_method);
            call = quote! {
                if a.no_limit {
                    #call
                } else {
                    futures_util::TryStreamExt::try_collect::<Vec<_>>(
                        futures_util::StreamExt::take(#chain.#stream(#(#call_args),*), a.limit),
                    )
                    .await
                }
            };
        }
        // A list prints one JSON array of its items, any other answer its value, each with a
        // newline; a binary answer is written as its bytes came, so that it can be redirected
        // into a file.
        let line = |binding: TokenStream, text: TokenStream| {
            quote!(result.map(|#binding| {
                let mut text = #text;
                text.push('\n');
                Some(text.into_bytes())
            }))
        };
        let print = match &op.returns {
            Returns::Nothing => quote!(result.map(|_| None)),
            Returns::Json(_) if self.paged() => line(
                quote!(items),
                quote!(serde_json::to_string_pretty(&items).unwrap_or_default()),
            ),
            Returns::Json(_) => line(
                quote!(value),
                quote!(serde_json::to_string_pretty(&*value).unwrap_or_default()),
            ),
            Returns::Text => line(quote!(value), quote!(value.into_inner())),
            Returns::Bytes => quote!(result.map(|value| Some(value.into_inner()))),
        };
        // An operation with no flags at all does not look at its arguments.
        let binding = if path_fields.is_empty() && op.params_struct.is_none() && !self.paged() {
            quote!(_)
        } else {
            quote!(a)
        };
        let variant = self.variant();
        quote! {
            #parent::#variant(#binding) => {
                #limit
                let result = #call;
                #print
            }
        }
    }
}

/// The subcommands, one per operation that the client reaches, named as the model says.
pub(crate) fn subcommands<'a>(
    api: &'a Api,
    routes: &'a BTreeMap<usize, Vec<&'a Node>>,
) -> Vec<Subcommand<'a>> {
    let mut out = Vec::new();
    for (i, op) in api.operations.iter().enumerate() {
        let Some(route) = routes.get(&i) else {
            continue;
        };
        if op.command.words.is_empty() {
            continue;
        }
        out.push(Subcommand {
            index: i,
            op,
            route,
            words: &op.command.words,
        });
    }
    out
}

/// The start of the `cli` module: its modules, imports, the parsed command line, and the
/// subcommands, each resource's flattened into one list.
pub(crate) fn cli_head(api: &Api, groups: &[(&Module, &[&Subcommand<'_>])]) -> TokenStream {
    let modules: Vec<Ident> = groups.iter().map(|(m, _)| id(&m.name)).collect();
    let variants = groups.iter().map(|(m, _)| {
        let doc = lit(&format!(
            " The subcommands of the `{}` resources.",
            m.segment
        ));
        let (variant, module) = (group_variant(m), id(&m.name));
        quote! {
            #[doc = #doc]
            #[command(flatten)]
            #variant(#module::Command)
        }
    });
    let about = lit(&format!(
        " {}: the `{}` command line.",
        api.title, api.package
    ));
    let bin = lit(&api.package);
    if api.product.is_some() {
        return quote! {
            #(#[rustfmt::skip] pub mod #modules;)*

            /// One subcommand per operation.
            #[derive(Debug, clap::Subcommand)]
            pub enum Command {
                #(#variants,)*
            }
        };
    }
    let head = cli_struct(&about, &bin, &api.auth);
    quote! {
        #(#[rustfmt::skip] pub mod #modules;)*

        #head

        /// One subcommand per operation.
        #[derive(Debug, clap::Subcommand)]
        pub enum Command {
            #(#variants,)*
        }
    }
}

/// The command line's arguments: the global flags and the subcommand.
fn cli_struct(about: &Literal, bin: &Literal, auth: &crate::model::Auth) -> TokenStream {
    let hosts = match auth {
        crate::model::Auth::Twilio => "Twilio's hosts",
        crate::model::Auth::Schemes { .. } => "the API's",
    };
    let base_url_doc = lit(&format!(
        " Send requests to this base URL instead of {hosts} (overrides {}).",
        auth.base_url_var()
    ));
    quote! {
        use std::io::Write;
        use std::process::ExitCode;

        use clap::Parser;

        use crate::{Client, ClientBuilder, Error};

        #[doc = #about]
        ///
        /// Credentials come from the same variables as `Client::from_env`. The result is printed
        /// as JSON on stdout. Exit codes: 0 on success, 1 on an API or transport error, 2 on a
        /// usage or validation error (nothing is sent).
        #[derive(Debug, clap::Parser)]
        #[command(name = #bin, version)]
        pub struct Cli {
            #[doc = #base_url_doc]
            #[arg(long, global = true)]
            pub base_url: Option<String>,
            /// The operation.
            #[command(subcommand)]
            pub command: Command,
        }
    }
}

/// The variant of the top-level `Command` that holds a resource's subcommands.
fn group_variant(m: &Module) -> Ident {
    id(&ident::pascal(&m.name))
}

/// The start of a resource's subcommands module: its subcommands (a resource's actions in an
/// enum of their own, under the resource's name), and how each is carried out.
pub(crate) fn cli_group(
    subcommands: &[&Subcommand<'_>],
    product: Option<&crate::model::Product>,
) -> TokenStream {
    let command = id("Command");
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut resources: Vec<(&str, Vec<&Subcommand<'_>>)> = Vec::new();
    for s in subcommands {
        match s.resource() {
            None => {
                variants.push(s.variant_item());
                arms.push(s.arm(&command));
            }
            Some(resource) => match resources.iter_mut().find(|(r, _)| *r == resource) {
                Some((_, subs)) => subs.push(s),
                None => resources.push((resource, vec![s])),
            },
        }
    }
    let mut names = Scope::default();
    names.claim("Command");
    let mut enums = Vec::new();
    for (resource, subs) in &resources {
        let variant = id(&ident::pascal(resource));
        let ty = id(&names.claim(&ident::pascal(&format!("{resource} Command"))));
        let doc = lit(&format!(" The actions on `{resource}`."));
        let name = lit(resource);
        variants.push(quote! {
            #[doc = #doc]
            #[command(name = #name, subcommand)]
            #variant(#ty)
        });
        let actions = subs.iter().map(|s| s.variant_item());
        let inner_arms = subs.iter().map(|s| s.arm(&ty));
        enums.push(quote! {
            #[doc = #doc]
            #[derive(Debug, clap::Subcommand)]
            pub enum #ty {
                #(#actions,)*
            }
        });
        arms.push(quote! {
            Command::#variant(command) => match command {
                #(#inner_arms)*
            },
        });
    }
    let doc = if resources.is_empty() {
        " One subcommand per operation."
    } else {
        " One subcommand per resource (holding its actions), or per operation on the client."
    };
    // A product's operations are reached from its own type, which the client gives.
    let client = match product {
        None => quote!(crate::Client),
        Some(p) => {
            let ty = id(&p.type_name);
            quote!(crate::#ty<'_>)
        }
    };
    quote! {
        #[doc = #doc]
        #[derive(Debug, clap::Subcommand)]
        pub enum Command {
            #(#variants,)*
        }

        #(#enums)*

        /// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
        pub(super) async fn execute(
            client: &#client,
            command: Command,
        ) -> Result<Option<Vec<u8>>, crate::Error> {
            match command {
                #(#arms)*
            }
        }
    }
}

/// The flags of some subcommands, one struct each.
pub(crate) fn cli_args(subcommands: &[&Subcommand<'_>]) -> TokenStream {
    let structs = subcommands.iter().map(|s| s.args_struct());
    quote!(#(#structs)*)
}

/// The end of the `cli` module: the flags' value parsers that some flag needs, `main`, and the
/// dispatch to the operations.
pub(crate) fn cli_tail(
    api: &Api,
    subcommands: &[Subcommand<'_>],
    groups: &[(&Module, &[&Subcommand<'_>])],
) -> TokenStream {
    // Every parameters struct is an `Args`, reached by the CLI or not; its flags may need a
    // parser, as may the path flags.
    let mut parsers = Parsers::default();
    for op in &api.operations {
        for p in &op.params {
            parsers.note(&p.ty);
        }
    }
    for sub in subcommands {
        for (_, p) in sub.path_fields() {
            parsers.note(&p.ty);
        }
    }
    let arms = groups.iter().map(|(m, _)| {
        let (variant, module) = (group_variant(m), id(&m.name));
        quote!(Command::#variant(command) => #module::execute(client, command).await,)
    });
    let parse_json = if parsers.json {
        quote! {
            /// Reads a flag's value as JSON.
            pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
                serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))
            }
        }
    } else {
        quote!()
    };
    let parse_date_time = if parsers.date_time {
        quote! {
            /// Reads a date-time in RFC 3339 or RFC 2822.
            pub(crate) fn parse_date_time(text: &str) -> Result<time::OffsetDateTime, String> {
                time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                    .or_else(|_| crate::formats::parse_rfc2822(text))
                    .map_err(|e| format!("not an RFC 3339 or RFC 2822 date-time: {e}"))
            }
        }
    } else {
        quote!()
    };
    let parse_dates = if parsers.date {
        quote! {
            /// Reads a date, `YYYY-MM-DD`.
            pub(crate) fn parse_date(text: &str) -> Result<time::Date, String> {
                crate::formats::parse_date(text).ok_or_else(|| "not a date (YYYY-MM-DD)".to_owned())
            }
        }
    } else {
        quote!()
    };
    // A spec without operations still gets a (useless) command line that compiles cleanly.
    let no_operations = if subcommands.is_empty() {
        quote!(let _ = client;)
    } else {
        quote!()
    };
    if let Some(product) = &api.product {
        let module = id(&product.module);
        return quote! {
            #parse_json
            #parse_date_time
            #parse_dates

            /// Sends the command's request; what to print, if anything (see
            /// [`run`](crate::cli::run)).
            pub(crate) async fn execute(client: &crate::Client, command: Command) -> Result<Option<Vec<u8>>, crate::Error> {
                let client = &client.#module();
                #no_operations
                match command {
                    #(#arms)*
                }
            }
        };
    }
    let main = cli_main();
    quote! {
        #parse_json
        #parse_date_time
        #parse_dates

        #main

        /// Sends the command's request; what to print, if anything (see [`run`]).
        async fn execute(client: &Client, command: Command) -> Result<Option<Vec<u8>>, Error> {
            #no_operations
            match command {
                #(#arms)*
            }
        }
    }
}

/// The command line of a crate made of several specs: its arguments, a variant per product
/// (each behind its feature) holding the product's subcommands, `main`, and the dispatch.
pub(crate) fn cli_many(
    package: &str,
    title: &str,
    auth: &crate::model::Auth,
    products: &[&crate::model::Product],
) -> TokenStream {
    let about = lit(&format!(" {title}: the `{package}` command line."));
    let bin = lit(package);
    let head = cli_struct(&about, &bin, auth);
    let main = cli_main();
    let variants = products.iter().map(|p| {
        let (variant, module, feature) = (id(&p.type_name), id(&p.module), lit(&p.module));
        let doc = lit(&format!(
            " The subcommands of `{}` (feature `{}`).",
            p.module, p.module
        ));
        quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            #[command(flatten)]
            #variant(crate::#module::cli::Command)
        }
    });
    let arms = products.iter().map(|p| {
        let (variant, module, feature) = (id(&p.type_name), id(&p.module), lit(&p.module));
        quote! {
            #[cfg(feature = #feature)]
            Command::#variant(command) => crate::#module::cli::execute(client, command).await,
        }
    });
    quote! {
        #head

        /// One subcommand per operation of each product whose feature is on.
        #[derive(Debug, clap::Subcommand)]
        pub enum Command {
            #(#variants,)*
        }

        #main

        /// Sends the command's request; what to print, if anything (see [`run`]).
        async fn execute(client: &Client, command: Command) -> Result<Option<Vec<u8>>, Error> {
            let _ = client;
            match command {
                #(#arms)*
            }
        }
    }
}

/// `main` and `run`: the command line's arguments and variables to a client, a command's
/// answer to its output and exit code.
fn cli_main() -> TokenStream {
    quote! {
        /// Runs the command line with the process's arguments and environment.
        pub fn main() -> ExitCode {
            let cli = match Cli::try_parse() {
                Ok(cli) => cli,
                Err(e) => {
                    let _ = e.print();
                    return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
                }
            };
            let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: cannot start the async runtime: {e}");
                    return ExitCode::from(1);
                }
            };
            let code = runtime.block_on(run(
                cli,
                |name| std::env::var(name).ok(),
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            ));
            ExitCode::from(code)
        }

        /// Runs one parsed command; returns the exit code. `vars` supplies the variables
        /// [`Client::from_env`] reads. The answer goes to `out`: JSON (a list as one array of
        /// its items) or text with a newline, a binary answer as its bytes came; an error goes
        /// to `err`.
        pub async fn run(
            cli: Cli,
            vars: impl Fn(&str) -> Option<String>,
            out: &mut impl Write,
            err: &mut impl Write,
        ) -> u8 {
            let mut builder = ClientBuilder::from_vars(vars);
            if let Some(base_url) = cli.base_url {
                builder = builder.base_url(base_url);
            }
            let client = match builder.build() {
                Ok(c) => c,
                Err(e) => {
                    let _ = writeln!(err, "error: {e}");
                    return 2;
                }
            };
            match execute(&client, cli.command).await {
                Ok(Some(output)) => {
                    let _ = out.write_all(&output);
                    0
                }
                Ok(None) => 0,
                Err(e) => {
                    let code = match &e {
                        Error::Validation(_) | Error::Config(_) => 2,
                        _ => 1,
                    };
                    match &e {
                        Error::Api(api) => {
                            let code = api.code.map(|c| c.to_string()).unwrap_or_else(|| "-".to_owned());
                            let _ = writeln!(err, "Error {code} (HTTP {}): {}", api.status, api.message);
                            if let Some(more) = &api.more_info {
                                let _ = writeln!(err, "See {more}");
                            }
                        }
                        other => {
                            let _ = writeln!(err, "error: {other}");
                        }
                    }
                    code
                }
            }
        }
    }
}
