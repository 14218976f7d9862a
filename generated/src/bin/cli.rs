//! The command line; see the library's `cli` module.
fn main() -> std::process::ExitCode {
    twilio_api_v2010::cli::main()
}
