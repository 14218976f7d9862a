//! Time against depth and size, for hostile and ordinary specs: each shape is measured at n, 2n,
//! 4n and 8n, and the report gives the median time and its ratio to the time at n. Linear cost
//! reads as ratios near 2, 4 and 8 (or flat, once a bound refuses the input early); the
//! quadratic cost this guards against read as 4, 16 and 64.
//!
//! `cargo bench -p generator --bench limits` (a few seconds per shape).

use std::time::{Duration, Instant};

use generator::{Config, Limits, Selection};

/// A spec with `n` operations, each with a body and a response, as JSON.
fn operations(n: usize) -> Vec<u8> {
    let paths: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#""/v1/Things{i}": {{"post": {{"operationId": "CreateThing{i}", "requestBody": {{"content": {{"application/x-www-form-urlencoded": {{"schema": {{"type": "object", "properties": {{"Name": {{"type": "string", "description": "The [name](/docs) of the thing."}}}}}}}}}}}}, "responses": {{"201": {{"description": "Created", "content": {{"application/json": {{"schema": {{"type": "object", "properties": {{"sid": {{"type": "string"}}}}}}}}}}}}}}}}}}"#
            )
        })
        .collect();
    format!(
        r#"{{"openapi": "3.0.1", "info": {{"title": "T", "version": "1"}}, "servers": [{{"url": "https://api.example.com"}}], "paths": {{{}}}}}"#,
        paths.join(", ")
    )
    .into_bytes()
}

const YAML_HEAD: &str =
    "openapi: 3.0.1\ninfo: {title: T, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    A: ";

/// YAML flow mappings nested `n` deep (refused at the `depth` bound).
fn yaml_flow_depth(n: usize) -> Vec<u8> {
    format!("{YAML_HEAD}{}1{}\n", "{a: ".repeat(n), "}".repeat(n)).into_bytes()
}

/// JSON arrays nested `n` deep (refused at the `depth` bound).
fn json_depth(n: usize) -> Vec<u8> {
    format!(
        r#"{{"openapi": "3.0.1", "x-deep": {}{}}}"#,
        "[".repeat(n),
        "]".repeat(n)
    )
    .into_bytes()
}

/// A YAML list of `n` items (refused once past the `yaml-nodes` bound).
fn yaml_items(n: usize) -> Vec<u8> {
    format!(
        "openapi: 3.0.1\ninfo: {{title: T, version: \"1\"}}\npaths: {{}}\nx-a:\n{}",
        "  - 1\n".repeat(n)
    )
    .into_bytes()
}

/// A description of `n` bytes with no link in it (quadratic in `sanitize` once).
fn long_description(n: usize) -> Vec<u8> {
    format!(
        r#"{{"openapi": "3.0.1", "info": {{"title": "T", "version": "1"}}, "servers": [{{"url": "https://api.example.com"}}], "paths": {{"/a": {{"get": {{"operationId": "GetA", "description": "{}", "responses": {{"200": {{"description": "OK"}}}}}}}}}}}}"#,
        "[*".repeat(n / 2)
    )
    .into_bytes()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The median time of `run` over `spec`, running it at least 5 times and for at least 0.5 s.
fn measure(spec: &[u8], run: &dyn Fn(&[u8])) -> Duration {
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < 5 || (start.elapsed() < Duration::from_millis(500) && times.len() < 200) {
        let t = Instant::now();
        run(spec);
        times.push(t.elapsed());
    }
    median(times)
}

fn main() {
    let limits = Limits {
        string_bytes: 64 << 20,
        ..Limits::default()
    };
    let config = Config {
        limits,
        ..Config::all("bench.json")
    };
    let generate = |spec: &[u8]| {
        let _ = generator::generate(spec, &config);
    };
    let load = |spec: &[u8]| {
        let _ = generator::load::load(spec, &Selection::all(), &limits);
    };
    type Shape = (&'static str, fn(usize) -> Vec<u8>, usize, &'static str);
    let shapes: [Shape; 5] = [
        ("YAML flow nesting (depth)", yaml_flow_depth, 25_000, "load"),
        ("JSON nesting (depth)", json_depth, 25_000, "load"),
        ("YAML list (items)", yaml_items, 100_000, "load"),
        ("operations, whole crate", operations, 50, "generate"),
        (
            "description without links (bytes)",
            long_description,
            100_000,
            "generate",
        ),
    ];
    println!(
        "{:<36} {:>9} {:>11} {:>12} {:>7}",
        "shape", "n", "input", "median", "t/t(n)"
    );
    for (name, make, n, stage) in shapes {
        let mut base = None;
        for factor in [1, 2, 4, 8] {
            let spec = make(n * factor);
            let time = if stage == "load" {
                measure(&spec, &load)
            } else {
                measure(&spec, &generate)
            };
            let base = *base.get_or_insert(time);
            println!(
                "{:<36} {:>9} {:>9} KB {:>9.2} ms {:>7.2}",
                name,
                n * factor,
                spec.len() / 1024,
                time.as_secs_f64() * 1e3,
                time.as_secs_f64() / base.as_secs_f64()
            );
        }
    }
}
