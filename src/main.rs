//! In the browser: mounts the widget. Natively: a small command-line tool
//! over the same core, to check any catalog file and list statuses.

#[cfg(target_arch = "wasm32")]
fn main() {
    dlvm_timeline::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, output) = dlvm_timeline::cli::run(&args);
    print!("{output}");
    std::process::ExitCode::from(code)
}
