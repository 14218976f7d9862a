//! The model: what the generated crate contains, as plain data.
//!
//! The lowering builds it from the `openapiv3` document; the renderer turns it into code. It
//! holds no tokens and no references into the spec, so it can be snapshotted and compared. Every
//! named thing keeps both its Rust name and its name on the wire, like progenitor's
//! `OperationParameter { name, api_name }`.

use std::collections::BTreeMap;

use serde::Serialize;

/// The whole API to generate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Api {
    /// The package name (`twilio-api-v2010`).
    pub package: String,
    /// The package version.
    pub version: String,
    /// The spec's title.
    pub title: String,
    /// The spec's description, sanitized for rustdoc.
    pub description: String,
    /// The default server (`https://api.twilio.com`), its variables in braces
    /// (`{scheme}://data.example.org`); a path relative to where the API is (`/api/v3`), or
    /// empty when the spec names none (the caller then gives the base URL).
    pub server: String,
    /// How requests authenticate.
    pub auth: Auth,
    /// SID types by Rust name.
    pub sids: BTreeMap<String, SidKind>,
    /// Enums and structs by Rust name.
    pub types: BTreeMap<String, TypeDef>,
    /// Operations, sorted by path and method.
    pub operations: Vec<Operation>,
    /// The navigation tree: how a caller reaches each operation from the client.
    pub root: Node,
    /// The crate's modules, and which one each operation and type goes in.
    pub layout: Layout,
    /// How the typed mock matches and answers each operation, by the operation's index.
    pub mock_routes: Vec<MockRoute>,
    /// The spec's part of a crate made of several specs; `None` for a crate of one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product: Option<Product>,
}

/// A spec's part of a crate made of several: a module of the crate, behind a cargo feature of
/// the same name, reached from the client by a method of that name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Product {
    /// The module, the cargo feature and the client's method (`verify_v2`).
    pub module: String,
    /// The type the client's method gives, where the spec's navigation starts (`VerifyV2`).
    pub type_name: String,
    /// The spec's file name (`twilio_verify_v2.json`).
    pub spec_name: String,
}

/// How the typed mock (`src/mock/mod.rs`'s `ROUTES`) matches a request to an operation and
/// answers it, in the wire's terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MockRoute {
    /// The path a request has when the client is given a base URL: a server relative to where
    /// the API is (`/api/v3`) stays in front of it; a `#fragment` or `?query` in the spec's path
    /// (Box's `/files/{file_id}#get_shared_link`) is dropped, as the client drops it.
    pub template: String,
    /// That relative server, or empty.
    pub base: String,
    /// The media type a text or bytes answer is sent in: the first the operation answers in, or
    /// `text/plain` or `application/octet-stream` where that is a wildcard or none.
    pub media: String,
    /// How many inputs the operation requires: of two routes that match a request equally, the
    /// one that requires more answers.
    pub required: usize,
    /// The list's pages, by their JSON names, if it has Twilio's.
    pub pages: Option<MockPages>,
}

/// A list's pages in JSON: the items' member, the link to the next page, the page size input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MockPages {
    /// The page's member that holds the items (`calls`).
    pub items: String,
    /// Where the next page's link is.
    pub next: MockNext,
    /// The query input that sets the page size (`PageSize`), if the list has one.
    pub page_size: Option<String>,
}

/// Where a page's JSON has its next page's link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum MockNext {
    /// A member of the page (`next_page_uri`).
    Field(String),
    /// A member of a member (`meta.next_page_url`).
    Meta {
        /// The page's member (`meta`).
        meta: String,
        /// Its member that holds the link (`next_page_url`).
        link: String,
    },
}

/// The name of the models' module for the types that no single resource owns.
pub const SHARED_MODULE: &str = "shared";

/// The crate's modules: one per top-level resource, in `src/resources/`, `src/models/` and
/// `src/cli/`, so that a spec update changes the files of the resources it touches and no file
/// grows with the whole API.
///
/// A top-level resource is the first resource of an operation's path after its version and
/// account prefix ([`PathTemplate::top`]; `root` for a path without one). A type goes with the
/// one resource whose operations use it, or to [`SHARED_MODULE`] if several do (or none does).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Layout {
    /// The resources' modules, in name order.
    pub modules: Vec<Module>,
    /// For each operation (by index), its module and its sub-resource's module.
    pub operations: Vec<(usize, Option<usize>)>,
    /// For each type used by one resource only, that resource's module.
    pub types: BTreeMap<String, usize>,
}

/// One resource's module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Module {
    /// The module name (`calls`), the same in `resources/`, `models/` and `cli/`.
    pub name: String,
    /// The path segment it is named after (`Calls`).
    pub segment: String,
    /// Its sub-resources' modules (`calls/recordings.rs`), in name order: in `resources/`, a
    /// resource with sub-resources is a folder, so that no file grows with a deep resource.
    pub subs: Vec<Module>,
}

/// How requests authenticate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Auth {
    /// Twilio's Account SID with its Auth Token or an API Key (HTTP Basic), `TWILIO_*`
    /// variables, regions and edges: a spec served from `*.twilio.com`.
    Twilio,
    /// The spec's security schemes.
    Schemes {
        /// Every scheme, in the spec's order.
        schemes: Vec<SecurityScheme>,
        /// What an operation needs unless it says otherwise (the document's `security`): the
        /// alternatives in order, each the schemes that must all be sent (an empty one: none).
        default: Vec<Vec<String>>,
        /// The variable that names a base URL for every request (`<PACKAGE>_BASE_URL`).
        base_url_var: String,
        /// The variables of the servers' URLs (`{region}`), each with a builder method.
        variables: Vec<ServerVariable>,
    },
}

/// A variable of a server's URL (`https://{region}.example.com`): its default, and the values
/// it may take, set with a builder method of its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerVariable {
    /// Its name in the URL (`region`).
    pub name: String,
    /// The client builder's method that sets it (`region`).
    pub method: String,
    /// The value used unless the caller gives another.
    pub default: String,
    /// The values it may take; any when empty.
    pub values: Vec<String>,
    /// Docs.
    pub doc: String,
}

impl Api {
    /// For each operation the client reaches (by index), the nodes from the client down to the
    /// one that holds it.
    pub fn routes(&self) -> BTreeMap<usize, Vec<&Node>> {
        fn walk<'a>(
            node: &'a Node,
            path: &mut Vec<&'a Node>,
            out: &mut BTreeMap<usize, Vec<&'a Node>>,
        ) {
            for &i in &node.operations {
                out.insert(i, path.clone());
            }
            for c in &node.children {
                path.push(c);
                walk(c, path, out);
                path.pop();
            }
        }
        let mut out = BTreeMap::new();
        walk(&self.root, &mut Vec::new(), &mut out);
        out
    }
}

impl Auth {
    /// The variable that names a base URL for every request (tests, proxies).
    pub fn base_url_var(&self) -> &str {
        match self {
            Auth::Twilio => "TWILIO_API_BASE_URL",
            Auth::Schemes { base_url_var, .. } => base_url_var,
        }
    }
}

/// One security scheme: how a credential goes into a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecurityScheme {
    /// The scheme's name in the spec (`BearerAuth`).
    pub name: String,
    /// The client builder's method that sets it (`bearer_auth`).
    pub method: String,
    /// Where the credential goes.
    pub kind: SchemeKind,
    /// The environment variables `from_env` reads it from: one, or a user name and a password.
    pub vars: Vec<String>,
    /// Docs.
    pub doc: String,
}

/// Where a credential goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemeKind {
    /// HTTP Basic: a user name and a password.
    Basic,
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth 2 and OpenID Connect access tokens).
    Bearer,
    /// An API key in a header, a query parameter or a cookie of this name.
    ApiKey {
        /// Where.
        location: Location,
        /// The header, parameter or cookie name.
        name: String,
    },
}

/// A kind of Twilio SID: two letters and 32 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SidKind {
    /// The Rust type name (`CallSid`).
    pub name: String,
    /// The allowed prefixes (`["CA"]`); empty means any two letters.
    pub prefixes: Vec<String>,
    /// Whether upper-case hex digits are allowed after the prefix.
    pub upper_hex: bool,
    /// The spec's pattern, for docs and errors.
    pub pattern: String,
    /// What the SID identifies.
    pub doc: String,
    /// In a crate made of several specs, the products (their features) whose code uses it: the
    /// type is compiled only when one of them is on. Empty: always (a crate of one spec, and
    /// the SIDs the runtime names: a call's, an account's, a webhook event's).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
}

/// A named type.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeDef {
    /// A struct with named fields.
    Struct(StructDef),
    /// A string enum.
    Enum(EnumDef),
    /// A `oneOf`/`anyOf` of objects: a variant per member, and one for an answer none reads.
    Union(UnionDef),
}

/// A union of structs (`oneOf`/`anyOf` whose members are objects).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnionDef {
    /// The Rust name.
    pub name: String,
    /// Docs.
    pub doc: String,
    /// Where it is defined in the spec.
    pub pointer: String,
    /// The member that names the variant (`discriminator.propertyName`), if there is one.
    pub tag: Option<String>,
    /// The variants, in the spec's order.
    pub variants: Vec<UnionVariant>,
}

/// One variant of a union: a struct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnionVariant {
    /// The Rust name of the variant.
    pub rust_name: String,
    /// The struct it holds.
    pub struct_name: String,
    /// The tag values that name it (the discriminator's mapping, or the component's name).
    pub tags: Vec<String>,
    /// The struct's members' wire names: an answer without a tag is the variant whose
    /// members it has most of.
    pub fields: Vec<String>,
}

/// A struct: a response resource, a nested object, or a JSON request body.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StructDef {
    /// The Rust name.
    pub name: String,
    /// Docs.
    pub doc: String,
    /// Where it is defined in the spec.
    pub pointer: String,
    /// Fields in spec order.
    pub fields: Vec<Field>,
}

/// One field of a struct.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    /// The Rust name.
    pub rust_name: String,
    /// The JSON name.
    pub wire_name: String,
    /// The type.
    pub ty: Type,
    /// Whether the field may be missing or null (then it is an `Option`).
    pub optional: bool,
    /// Whether the struct it holds holds this one again (`Person.employer` is a `Company`
    /// whose `founder` is a `Person`): then it is boxed, or the struct would have no size.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub boxed: bool,
    /// Docs.
    pub doc: String,
}

/// A string enum. Values the spec does not list are kept when decoding responses, but callers
/// cannot build one, so requests only carry listed values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EnumDef {
    /// The Rust name.
    pub name: String,
    /// Docs.
    pub doc: String,
    /// The variants.
    pub variants: Vec<Variant>,
}

/// One enum value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Variant {
    /// The Rust name.
    pub rust_name: String,
    /// The wire value.
    pub wire_name: String,
}

/// The Rust type of a value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "of", rename_all = "snake_case")]
pub enum Type {
    /// `String`.
    String,
    /// A SID type, by name.
    Sid(String),
    /// An absolute URL, checked before sending (`format: uri` in a request).
    Url,
    /// A date-time sent and received as RFC 2822 (`Wed, 18 Dec 2019 20:02:01 +0000`).
    DateTimeRfc2822,
    /// A date-time as RFC 3339 (`format: date-time`).
    DateTime,
    /// A `format: date-time` input: a calendar date or a date-time, sent as the caller gave it
    /// (`2009-07-06`, or `2009-07-06T15:30:00Z` in UTC as Twilio's libraries write it).
    DateInput,
    /// A calendar date, `YYYY-MM-DD` (`format: date`).
    Date,
    /// A whole number.
    Integer {
        /// `true` for `format: int32`.
        int32: bool,
        /// The smallest allowed value.
        min: Option<i64>,
        /// The largest allowed value.
        max: Option<i64>,
    },
    /// A floating-point number.
    Number {
        /// The smallest allowed value.
        min: Option<f64>,
        /// The largest allowed value.
        max: Option<f64>,
    },
    /// `bool`.
    Boolean,
    /// An enum, by name.
    Enum(String),
    /// A struct, by name.
    Struct(String),
    /// Any JSON value (free-form objects, untyped schemas).
    Json,
    /// A list.
    Array(Box<Type>),
    /// An object with arbitrary keys (`additionalProperties`).
    Map(Box<Type>),
    /// A parameter's value where the spec allows several kinds (`oneOf: [integer, string]`),
    /// sent as its text (`crate::Scalar`, made from a number, a boolean or text).
    Scalar,
    /// Bytes sent as they are, with a file name and a media type when known
    /// (`crate::Upload`): a `format: binary` part of a `multipart/form-data` body, or a whole
    /// raw body.
    Binary,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// A path segment.
    Path,
    /// The query string.
    Query,
    /// A request header.
    Header,
    /// A form or JSON body field.
    Body,
    /// A cookie (an API key's only).
    Cookie,
}

/// One input of an operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parameter {
    /// The Rust name (`idempotency_key`).
    pub rust_name: String,
    /// The wire name (`IdempotencyKey`).
    pub wire_name: String,
    /// Where it goes.
    pub location: Location,
    /// Whether it must be given.
    pub required: bool,
    /// Its type.
    pub ty: Type,
    /// Docs.
    pub doc: String,
    /// Where its schema is in the spec (a JSON pointer, which may pass through `$ref`s), for
    /// tools that make values for it; empty where the spec gives none (a raw body without a
    /// schema).
    pub schema: String,
    /// How an object in a form body is written (`None` for any other input).
    pub form_object: Option<FormObject>,
}

/// How an object that is a field of a form body goes on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FormObject {
    /// As JSON text under the field's name: Twilio's rule (its API reads it so, and its
    /// libraries send it so), the spec's `encoding` `contentType: application/json`, and any
    /// object whose members are not known (a map, free-form JSON).
    Json,
    /// Each member a pair of its own: the key is the member's name (OpenAPI's default,
    /// `style: form` exploded) or `field[member]` (`style: deepObject`). A member that is
    /// itself an object or a list of objects goes as JSON text.
    Members(Vec<FormMember>),
}

/// A member of an object written as pairs of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormMember {
    /// Its name in the object.
    pub name: String,
    /// The key its pairs go under.
    pub key: String,
    /// Whether it is a list (a pair per item).
    pub list: bool,
}

/// The body of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    /// `application/x-www-form-urlencoded`; arrays are repeated keys.
    Form,
    /// `application/json` (or a `+json` type).
    Json,
    /// `multipart/form-data`: each input a part, `Type::Binary` ones as files.
    Multipart,
    /// Any other media type: one input, `body`, sent as it is; its wire name is the media type
    /// (`application/octet-stream`, `text/plain`).
    Raw,
}

/// What a successful call returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Returns {
    /// Nothing (204).
    Nothing,
    /// A JSON body of this type.
    Json(Type),
    /// A `text/*` body, as a `String`.
    Text,
    /// Any other body (`application/octet-stream`, `image/png`), as bytes.
    Bytes,
}

/// The HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// GET.
    Get,
    /// POST.
    Post,
    /// PUT.
    Put,
    /// PATCH.
    Patch,
    /// DELETE.
    Delete,
    /// OPTIONS.
    Options,
    /// HEAD.
    Head,
    /// TRACE.
    Trace,
}

impl Method {
    /// The method as it is written in a request line.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Trace => "TRACE",
        }
    }
}

/// An operation's path, parsed once (`lower::paths::parse`) and read by every stage that
/// needs its parts: navigation, modules, commands, paging, the diff's report.
///
/// `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json` has the version
/// `2010-04-01`, the account prefix, and the resources `Accounts {AccountSid}`,
/// `Calls {CallSid}`, `Recordings`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathTemplate {
    /// The version the path starts with (a segment that starts with a digit, or with `v` and a
    /// digit: `2010-04-01`, `v1`, `v2beta`), when more follows it.
    pub version: Option<String>,
    /// Whether the resources start with `Accounts/{…}` and more follows: Twilio's account
    /// prefix, which each stage reads as its vendor's rules say.
    pub account: bool,
    /// The path below the version, as resources: each a name and the parameter after it.
    pub resources: Vec<PathStep>,
    /// The `{name}` parameters of the whole path, in order, those inside a segment too
    /// (`thumbnail.{extension}`).
    pub params: Vec<String>,
    /// Whether the last segment is a parameter: the path names one resource, not a collection.
    pub instance: bool,
}

/// One resource of a path below its version: a literal segment and the parameter segment after
/// it, if any, or a parameter with no name before it (`/{dataset}/…`), named after itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathStep {
    /// The segment's text, `.json` dropped (`Calls`; `dataset` for a bare parameter).
    pub name: String,
    /// The parameter that follows (`CallSid`), or the bare parameter itself.
    pub param: Option<String>,
    /// A parameter with no name before it.
    pub bare: bool,
}

impl PathTemplate {
    /// The top-level resource: the first resource after the account prefix (where more
    /// follows it), `None` when that is a bare parameter or the path has none.
    pub fn top(&self) -> Option<&str> {
        self.resources
            .get(usize::from(self.account))
            .filter(|s| !s.bare)
            .map(|s| s.name.as_str())
    }

    /// The sub-resource within the top-level resource: the next resource after it, when that
    /// is not a bare parameter (`Recordings` for `…/Calls/{CallSid}/Recordings/{Sid}.json`,
    /// `Domains` for `…/SIP/Domains.json`).
    pub fn sub(&self) -> Option<&str> {
        self.top()?;
        self.resources
            .get(usize::from(self.account) + 1)
            .filter(|s| !s.bare)
            .map(|s| s.name.as_str())
    }

    /// The literal segments below the version, in order (`Accounts`, `Calls`, `Recordings`).
    pub fn literals(&self) -> impl Iterator<Item = &str> {
        self.resources
            .iter()
            .filter(|s| !s.bare)
            .map(|s| s.name.as_str())
    }
}

/// One operation of the API.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Operation {
    /// The spec's `operationId` (`CreateUserDefinedMessageSubscription`).
    pub operation_id: String,
    /// The method name on its handle (`create`).
    pub rust_name: String,
    /// The HTTP method.
    pub method: Method,
    /// The path template (`/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/….json`).
    pub path: String,
    /// The path, parsed: its version, account prefix, resources and parameters.
    pub template: PathTemplate,
    /// The server the operation is sent to.
    pub server: String,
    /// Where it is in the spec.
    pub pointer: String,
    /// Docs.
    pub doc: String,
    /// Path parameters, in path order.
    pub path_params: Vec<Parameter>,
    /// Query, header and body parameters.
    pub params: Vec<Parameter>,
    /// The body's encoding, when it has one.
    pub body: Option<BodyKind>,
    /// The name of the generated parameters struct, when the operation has non-path inputs.
    pub params_struct: Option<String>,
    /// The success status code.
    pub status: u16,
    /// What a successful call returns.
    pub returns: Returns,
    /// The media types the answer may come in, as the request's `Accept` header says them
    /// (`application/json`, `text/csv`, `application/scim+json`).
    pub accept: String,
    /// The input (its Rust name) the client fills with a fresh key when the caller gives
    /// none, so that every attempt of a POST carries one key and a retry is safe: an optional
    /// string named `IdempotencyKey` (a form field in api_v2010) or `I-Twilio-Idempotency-Token`
    /// (a header in newer APIs, in any case).
    pub idempotency_key: Option<String>,
    /// The security it needs, when it says: the alternatives in order, each the schemes that
    /// must all be sent (`Some(vec![])` or an empty alternative: none, a public operation);
    /// `None` for the document's default.
    pub security: Option<Vec<Vec<String>>>,
    /// For a list with Twilio's paging, how to walk its pages.
    pub paging: Option<Paging>,
    /// Groups of inputs (wire names) of which at least one must be given (Twilio's
    /// `x-twilio.conditional`: CreateCall needs `Url`, `Twiml` or `ApplicationSid`).
    pub conditional: Vec<Vec<String>>,
    /// How the command line names it and its flags.
    pub command: Command,
    /// The mock server's method that mounts a mock of it (feature `mock`): its `operationId`
    /// in snake_case, made unique among the operations and the server's own methods.
    pub mock_method: String,
}

/// An operation's subcommand and flags on the generated command line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Command {
    /// The words after the binary's name that select it (`api:core:calls:list`, one word in
    /// twilio-cli's topics); empty where the client does not reach the operation.
    pub words: Vec<String>,
    /// The flag (without `--`) of each path parameter, in `path_params` order.
    pub path_flags: Vec<String>,
    /// The flag of each input, in `params` order.
    pub flags: Vec<String>,
    /// The Rust field of each path parameter's flag in the subcommand's arguments, in
    /// `path_params` order: its snake-case name, never one of the inputs' (clap names each
    /// argument after its field) nor `params`.
    pub path_fields: Vec<String>,
}

/// How a list operation's pages link to each other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paging {
    /// The page's field that holds the items (`calls`).
    pub items_field: String,
    /// The items' struct.
    pub item_type: String,
    /// Whether the items field, the link field and the meta field are `Option`s.
    pub optional: (bool, bool, bool),
    /// Where the next page's link is: `next_page_uri` (api_v2010) or `meta.next_page_url`.
    pub next: NextLink,
    /// The Rust name of the page-size query parameter (`PageSize`), when the list takes one: a
    /// limit without a page size asks for pages of the limit's size.
    pub page_size: Option<String>,
    /// The method that yields the items one by one beside the list's method (`stream` beside
    /// `list`, `stream_calls` beside `list_calls`, `fetch_stream` beside a list named `fetch`).
    pub stream_method: String,
    /// The method that fetches one page (`page`, `page_calls`, `fetch_page`).
    pub page_method: String,
}

/// Where a page says what comes next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NextLink {
    /// A top-level field with a path relative to the API host (`next_page_uri`).
    Field(String),
    /// A field of the page's `meta` object with an absolute URL (`meta.next_page_url`).
    Meta {
        /// The page's `meta` field.
        meta_field: String,
        /// The meta struct's link field.
        link_field: String,
    },
}

/// A node of the navigation tree: the client, a context (`CallContext`: an instance that has
/// sub-resources) or a list handle (`UserDefinedMessageSubscriptionList`).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Node {
    /// The Rust type name (empty for the root, which is the client itself).
    pub type_name: String,
    /// The accessor method on the parent (`calls`).
    pub accessor: String,
    /// The path parameter the accessor takes (`CallSid`), if any.
    pub param: Option<Parameter>,
    /// Docs for the accessor and the type.
    pub doc: String,
    /// Whether this is the account context that the client itself stands for: its
    /// sub-resources are also reachable from the client, with the client's account.
    pub client_account: bool,
    /// Whether this is an instance's context (`CallContext`) rather than a list of resources.
    pub context: bool,
    /// Indices into `Api::operations` of the operations on this node.
    pub operations: Vec<usize>,
    /// The children, in name order.
    pub children: Vec<Node>,
}
