//! In the browser: mounts the widget. Natively: the maintainer's command
//! line over the same core (src/cli/).

// Functions a reader can hold: at most 80 lines of code (clippy.toml).
#![warn(clippy::too_many_lines)]

#[cfg(target_arch = "wasm32")]
fn main() {
    dlvm_timeline::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    // args_os: a file name that isn't UTF-8 is a message, not a panic.
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = dlvm_timeline::cli::run(&args);
    // A reader that stops early (`| head`) is not an error: the verdict
    // stands. Any other failure to write is (exit 2).
    let written = write_all(std::io::stdout().lock(), &outcome.stdout);
    let _ = write_all(std::io::stderr().lock(), &outcome.stderr);
    match written {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            let _ = write_all(
                std::io::stderr().lock(),
                &format!("dlvm-timeline: cannot write the output: {error}\n"),
            );
            std::process::ExitCode::from(2)
        }
        _ => std::process::ExitCode::from(outcome.code),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write_all(mut to: impl std::io::Write, text: &str) -> std::io::Result<()> {
    to.write_all(text.as_bytes())?;
    to.flush()
}
