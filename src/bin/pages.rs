//! `dlvm-pages --out DIR`: the pages made at build time (`dlvm_timeline::pages`),
//! written into Trunk's staging folder by its post-build hook
//! (`scripts/pages.sh`). Part of the web build, not of the maintainer's
//! command line.

// Functions a reader can hold: at most 80 lines of code (clippy.toml).
#![warn(clippy::too_many_lines)]

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    pages::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod pages {
    use clap::Parser;
    use dlvm_timeline::clock::today_utc;
    use dlvm_timeline::domain::date::Date;
    use dlvm_timeline::pages::{base_url, generate};
    use dlvm_timeline::shipped::SHIPPED;
    use std::process::ExitCode;

    /// Write the pages made at build time into DIR: a page per version and
    /// language, their list, the standalone page's first paint, and with a
    /// base URL the sitemap.
    #[derive(Parser)]
    #[command(name = "dlvm-pages", version)]
    struct Args {
        #[arg(long, value_name = "DIR")]
        out: String,
        /// The address dist/ is served from (canonical links, og:url,
        /// hreflang, sitemap.xml); left out when not given.
        #[arg(long, value_name = "URL", env = "DLVM_BASE_URL")]
        base_url: Option<String>,
        /// The build day: which framework the standalone page opens on
        /// (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = |t: &str| Date::parse_iso(t).map_err(|e| format!("{t:?}: {e}")))]
        at: Option<Date>,
    }

    pub fn main() -> ExitCode {
        let args = Args::parse();
        let base = match args
            .base_url
            .filter(|b| !b.trim().is_empty())
            .map(|b| base_url(&b))
        {
            Some(Ok(base)) => Some(base),
            Some(Err(why)) => {
                eprintln!("--base-url: {why}");
                return ExitCode::from(2);
            }
            None => None,
        };
        let at = args.at.unwrap_or_else(today_utc);
        match generate(
            &SHIPPED,
            std::path::Path::new(&args.out),
            base.as_deref(),
            at,
        ) {
            Ok(written) => {
                println!(
                    "{}: {} pages{}{}",
                    args.out,
                    written.pages,
                    if written.prerendered {
                        ", index.html's first paint"
                    } else {
                        ""
                    },
                    if written.sitemap { ", sitemap.xml" } else { "" },
                );
                ExitCode::SUCCESS
            }
            Err(why) => {
                eprintln!("{}: {why}", args.out);
                ExitCode::from(2)
            }
        }
    }
}
