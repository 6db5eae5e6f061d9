//! Entry point: parse the command line, run it on a tokio runtime, stop promptly on Ctrl-C
//! or SIGTERM, and exit with the documented code.

fn main() -> std::process::ExitCode {
    chatdrop::main_entry()
}
