//! Where the generator's time goes, stage by stage, for one spec and selection.

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "spec/twilio_api_v2010.json".to_owned());
    let all = std::env::args().any(|a| a == "--all");
    let bytes = std::fs::read(&path).unwrap_or_default();
    let mut config = generator::Config::all("twilio_api_v2010.json");
    if !all {
        config.selection = generator::Selection {
            operations: vec![
                "CreateUserDefinedMessageSubscription".to_owned(),
                "DeleteUserDefinedMessageSubscription".to_owned(),
                "CreateUserDefinedMessage".to_owned(),
            ],
            ..Default::default()
        };
    }
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let doc = generator::load::load(&bytes, &config.selection, &config.limits)
            .map_err(|e| e.to_string());
        let t_load = t.elapsed();
        let Ok(doc) = doc else { return };
        let t = std::time::Instant::now();
        let options = generator::lower::Options {
            package: "x".to_owned(),
            version: "0.1.0".to_owned(),
            schema_depth: config.limits.schema_depth,
            skip_unsupported: false,
        };
        let Ok(generator::lower::Lowered { api, .. }) = generator::lower::lower(&doc, &options)
        else {
            return;
        };
        let t_lower = t.elapsed();
        let t = std::time::Instant::now();
        let ropts = generator::render::RenderOptions {
            spec_name: "x".to_owned(),
            quickstart: None,
        };
        let statics = generator::render::render_static("x").unwrap_or_default();
        let files = generator::render::render(&api, &ropts, statics).map(|f| f.len());
        let t_render = t.elapsed();
        println!("load {t_load:?} lower {t_lower:?} render {t_render:?} ({files:?} files)");
    }
}
