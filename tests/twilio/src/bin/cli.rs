//! The command line; see the library's `cli` module.
fn main() -> std::process::ExitCode {
    twilio::cli::main()
}
