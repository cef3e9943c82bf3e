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
    print!("{}", outcome.stdout);
    eprint!("{}", outcome.stderr);
    std::process::ExitCode::from(outcome.code)
}
