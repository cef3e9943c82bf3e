//! The badge-and-card entry: a page whose instances are all badges and
//! cards loads this instead of the whole widget (embed.js decides). The
//! same core and the same painter (`lite`) as the widget's own badges and
//! cards, without Yew. Built with `--no-default-features --features lite`
//! by scripts/lite.sh.

// Functions a reader can hold: at most 80 lines of code (clippy.toml).
#![warn(clippy::too_many_lines)]

#[cfg(target_arch = "wasm32")]
mod entry {
    use dlvm_timeline::domain::embed::parse_attributes;
    use dlvm_timeline::lite::{paint, Painted};
    use dlvm_timeline::shipped::SHIPPED;
    use dlvm_timeline::web::host::{attributes, fresh_shadow, show_errors};
    use wasm_bindgen::prelude::*;
    use web_sys::{Element, ShadowRoot};

    /// One mounted badge or card (or the errors in place of one).
    #[wasm_bindgen]
    pub struct Mounted {
        _painted: Option<Painted>,
        shadow: ShadowRoot,
    }

    #[wasm_bindgen]
    impl Mounted {
        pub fn unmount(&mut self) {
            self._painted = None;
            self.shadow.set_text_content(None);
        }
    }

    /// Mounts one badge or card in `host`, as the widget's `mount` does
    /// (same arguments); `None` when the element asks for another view
    /// (embed.js then loads the whole widget for it) or the page refuses
    /// a shadow root.
    #[wasm_bindgen]
    pub fn mount(host: Element, assets: String, stylesheet_url: String) -> Option<Mounted> {
        let (pairs, custom_element) = attributes(&host);
        let parsed = parse_attributes(&pairs, &SHIPPED);
        if let Ok(config) = &parsed {
            if !config.view.painted_by_lite() {
                return None;
            }
        }
        let (document, shadow) = fresh_shadow(&host, &stylesheet_url)?;
        let painted = match parsed {
            Ok(config) => Some(paint(&document, &shadow, &config, &assets)?),
            Err(errors) => {
                show_errors(&document, &shadow, &pairs, &errors, custom_element)?;
                None
            }
        };
        Some(Mounted {
            _painted: painted,
            shadow,
        })
    }
}

fn main() {}
