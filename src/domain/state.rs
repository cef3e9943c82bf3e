//! The widget's state and every way it changes, as a pure reducer: the UI
//! dispatches an `Action`, `State::apply` returns the next state. Kept out
//! of the Yew layer so that navigation rules are tested natively.

use super::catalog::{Catalog, Framework, Product, Record, Text};
use super::date::Date;
use super::lang::Lang;
use super::link::Notice;
use super::link::{Link, ParsedLink, View};
use super::lookup::found_id;
use super::policy::{landing_framework, status_at, Policy, Status};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.slug() == slug)
    }
}

/// What the last action did that the reader should hear about: the widget
/// announces it through its one polite status region (see
/// `messages::announcement`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Announce {
    /// A version was opened.
    Selected,
    /// The evaluation date changed.
    Date,
    /// Another product or framework is shown.
    View,
    /// A copy to the clipboard (what: a family name or "link"), and whether
    /// it worked.
    Copied { what: Text, ok: bool },
    /// A calendar file was offered for download (its name), or could not be.
    Downloaded { file: String, ok: bool },
    /// A pasted image name was checked.
    Lookup,
}

/// How the URL should record a new state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A navigation by the reader: a new history entry, so Back returns.
    Push,
    /// Same place, canonical spelling (first load, a typed link).
    Replace,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub product: Product,
    pub framework: Framework,
    pub selected: Option<Text>,
    /// The evaluation date.
    pub at: Date,
    /// The reader's local date, for "reset to today".
    pub today: Date,
    /// Whether `at` was chosen (link or date input) rather than defaulted.
    pub at_chosen: bool,
    pub lang: Lang,
    /// Whether `lang` was chosen (link or switcher) rather than detected.
    pub lang_chosen: bool,
    pub theme: Theme,
    /// The reader's choice; `None` follows the default rule.
    pub hide_unavailable: Option<bool>,
    pub whole_history: bool,
    pub notices: Vec<Notice>,
    pub history: History,
    /// "Soon" threshold of the warnings, in days.
    pub warn_days: i64,
    /// The image name the reader pasted, while its result is on screen
    /// (part of the link: `#/lookup/…`).
    pub lookup: Option<String>,
    /// Records ticked in the table for a calendar download (view state).
    pub ticked: Vec<Text>,
    /// The last copy to the clipboard: what (a family name, or "link") and
    /// whether it worked. View state, not part of the link.
    pub copied: Option<(Text, bool)>,
    /// The chart bar that last had focus: the chart's one Tab stop, and
    /// whose dates the caption shows (view state).
    pub focused: Option<Text>,
    /// What to announce; `None` on arrival (nothing happened yet).
    pub announce: Option<Announce>,
    /// Whether the date field has applied a date since it got focus: while
    /// the reader types, each complete date replaces the history entry the
    /// first one added, so one finished change is one entry.
    pub date_typed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    ChooseProduct(Product),
    ChooseFramework(Framework),
    Select(Text),
    SetDate(Date),
    ResetDate,
    SetLang(Lang),
    SetTheme(Theme),
    SetHideUnavailable(bool),
    SetWholeHistory(bool),
    /// A link arrived (Back/Forward, a typed hash).
    FollowLink(ParsedLink),
    DismissNotices,
    /// The reader pasted an image name; `found` is the record it is (see
    /// `Action::lookup`).
    Lookup {
        text: String,
        found: Option<Text>,
    },
    ClearLookup,
    /// Tick (or untick) a record for the calendar download.
    Tick(Text, bool),
    Copied(Text, bool),
    Focus(Option<Text>),
    /// The date field got focus: a new editing session starts.
    BeginDateEdit,
    /// A calendar file was made (its name) or could not be.
    Downloaded(String, bool),
}

impl Action {
    /// What checking a pasted image name does: show its result and open the
    /// record it is; an empty field ends the lookup.
    pub fn lookup(catalog: &Catalog, text: &str) -> Action {
        let text = text.trim();
        if text.is_empty() {
            return Action::ClearLookup;
        }
        Action::Lookup {
            text: text.to_owned(),
            found: found_id(catalog, text),
        }
    }
}

impl State {
    /// The state a link opens, on the reader's `today`, in `detected` when
    /// the link names no language.
    pub fn new(
        parsed: ParsedLink,
        catalog: &Catalog,
        today: Date,
        detected: Lang,
        theme: Theme,
    ) -> State {
        let at = parsed.link.at.unwrap_or(today);
        let mut state = State {
            product: Product::Vm,
            framework: landing_framework(catalog, Product::Vm, at).unwrap_or(Framework::TensorFlow),
            selected: None,
            at: today,
            today,
            at_chosen: false,
            lang: detected,
            lang_chosen: false,
            theme,
            hide_unavailable: None,
            whole_history: false,
            notices: Vec::new(),
            history: History::Replace,
            warn_days: super::policy::DEFAULT_WARN_DAYS,
            lookup: None,
            ticked: Vec::new(),
            copied: None,
            focused: None,
            announce: None,
            date_typed: false,
        };
        state.follow(parsed, catalog);
        state
    }

    fn follow(&mut self, parsed: ParsedLink, catalog: &Catalog) {
        let ParsedLink { link, notices } = parsed;
        self.lookup = None;
        self.at = link.at.unwrap_or(self.today);
        self.at_chosen = link.at.is_some();
        match link.view {
            View::Product(product) => {
                self.selected = None;
                self.show(product, None, catalog);
            }
            View::Framework(product, framework) => {
                self.selected = None;
                self.show(product, Some(framework), catalog);
            }
            View::Record(id) => self.open(id),
            View::Lookup { text, found } => self.show_lookup(text, found),
        }
        if let Some(lang) = link.lang {
            self.lang = lang;
            self.lang_chosen = true;
        }
        self.notices = notices;
    }

    /// Shows `product` on `framework` when the product has it, else on the
    /// product's landing framework: the one rule for every way of arriving
    /// at a product (links, the product switch, embed attributes), so no
    /// view ever shows a framework its product lacks.
    fn show(&mut self, product: Product, framework: Option<Framework>, catalog: &Catalog) {
        self.product = product;
        self.framework = framework
            .filter(|f| catalog.records_of(product, *f).next().is_some())
            .or_else(|| landing_framework(catalog, product, self.at))
            .unwrap_or(self.framework);
    }

    /// Shows a record: its product, its framework, it selected.
    fn open(&mut self, id: Text) {
        if let Some((product, framework)) = product_and_framework_of(&id) {
            self.product = product;
            self.framework = framework;
        }
        self.selected = Some(id);
    }

    /// Shows a lookup's result, opening the record it found (and no other:
    /// the link `#/lookup/…` must reopen the same view).
    fn show_lookup(&mut self, text: String, found: Option<Text>) {
        match found {
            Some(id) => self.open(id),
            None => self.selected = None,
        }
        self.lookup = Some(text);
    }

    pub fn apply(&self, catalog: &Catalog, action: Action) -> State {
        let mut next = self.clone();
        next.history = History::Push;
        next.date_typed = false;
        match action {
            // Navigating elsewhere ends a lookup.
            Action::ChooseProduct(product) => {
                if next.product != product {
                    next.selected = None;
                    next.lookup = None;
                }
                next.show(product, Some(next.framework), catalog);
                next.announce = Some(Announce::View);
            }
            Action::ChooseFramework(framework) => {
                if next.framework != framework {
                    next.selected = None;
                    next.lookup = None;
                }
                next.framework = framework;
                next.announce = Some(Announce::View);
            }
            Action::Select(id) => {
                next.lookup = None;
                next.open(id);
                next.announce = Some(Announce::Selected);
            }
            Action::Lookup { text, found } => {
                next.show_lookup(text, found);
                next.announce = Some(Announce::Lookup);
            }
            Action::ClearLookup => next.lookup = None,
            // View state: not navigation, so no history entry.
            Action::Copied(what, ok) => {
                next.history = self.history;
                next.copied = Some((what.clone(), ok));
                next.announce = Some(Announce::Copied { what, ok });
            }
            Action::Downloaded(file, ok) => {
                next.history = self.history;
                next.announce = Some(Announce::Downloaded { file, ok });
            }
            Action::Focus(id) => {
                next.history = self.history;
                next.date_typed = self.date_typed;
                next.focused = id;
            }
            Action::BeginDateEdit => next.history = self.history,
            Action::Tick(id, on) => {
                next.history = self.history;
                next.ticked.retain(|t| *t != id);
                if on {
                    next.ticked.push(id);
                }
            }
            Action::SetDate(at) => {
                if self.date_typed {
                    next.history = History::Replace;
                }
                next.date_typed = true;
                next.at = at;
                next.at_chosen = at != next.today;
                next.announce = Some(Announce::Date);
            }
            Action::ResetDate => {
                next.at = next.today;
                next.at_chosen = false;
                next.announce = Some(Announce::Date);
            }
            Action::SetLang(lang) => {
                next.lang = lang;
                next.lang_chosen = true;
            }
            Action::SetTheme(theme) => next.theme = theme,
            Action::SetHideUnavailable(hide) => next.hide_unavailable = Some(hide),
            Action::SetWholeHistory(whole) => next.whole_history = whole,
            Action::FollowLink(parsed) => {
                next.follow(parsed, catalog);
                next.history = History::Replace;
                next.announce = Some(match next.selected {
                    Some(_) => Announce::Selected,
                    None => Announce::View,
                });
            }
            Action::DismissNotices => next.notices.clear(),
        }
        next
    }

    /// The earliest date the widget evaluates: the date field applies no
    /// date before it (typing a year digit by digit passes 0002, 0020,
    /// 0202 on the way to 2025).
    pub const FIRST_DAY: Date = Date::known(1970, 1, 1);

    /// The date a complete value of the date field applies, if any: a whole,
    /// valid date from 1970 to 9999.
    pub fn typed_date(value: &str) -> Option<Date> {
        Date::parse_iso(value)
            .ok()
            .filter(|date| *date >= State::FIRST_DAY)
    }

    /// The policy parameters the evaluations use.
    pub fn policy(&self) -> Policy {
        Policy {
            warn_days: self.warn_days,
        }
    }

    /// The link that reopens this view.
    pub fn link(&self) -> Link {
        Link {
            view: match (&self.lookup, &self.selected) {
                (Some(text), found) => View::Lookup {
                    text: text.clone(),
                    found: found.clone(),
                },
                (None, Some(id)) => View::Record(id.clone()),
                (None, None) => View::Framework(self.product, self.framework),
            },
            at: self.at_chosen.then_some(self.at),
            lang: self.lang_chosen.then_some(self.lang),
        }
    }

    /// Whether the table leaves out `record` (in `status` at the evaluation
    /// date) when hiding is `on`: unavailable versions, except the selected
    /// one, which always shows.
    pub fn hides_row(&self, on: bool, record: &Record, status: Status) -> bool {
        on && status == Status::Unavailable && self.selected.as_deref() != Some(record.id.as_ref())
    }

    /// Whether the table hides unavailable versions: the reader's choice,
    /// else on exactly when some version of the framework is still
    /// available at the evaluation date.
    pub fn hides_unavailable(&self, catalog: &Catalog) -> bool {
        self.hide_unavailable.unwrap_or_else(|| {
            catalog
                .records_of(self.product, self.framework)
                .any(|r| status_at(r, self.at) != Status::Unavailable)
        })
    }
}

/// `tensorflow/2.16` → VM images, TensorFlow; `containers/pytorch/2.4` →
/// containers, PyTorch.
pub fn product_and_framework_of(id: &str) -> Option<(Product, Framework)> {
    let (product, rest) = Product::split(id);
    let framework = rest.split('/').next().and_then(Framework::from_slug)?;
    Some((product, framework))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::link::{format, parse};
    use crate::shipped::SHIPPED;

    const TODAY: Date = Date::known(2026, 11, 26);

    fn open(hash: &str) -> State {
        State::new(
            parse(hash, &SHIPPED),
            &SHIPPED,
            TODAY,
            Lang::En,
            Theme::Auto,
        )
    }

    #[test]
    fn a_link_opens_its_view() {
        let s = open("#/pytorch/2.4?at=2026-01-01&lang=es");
        assert_eq!(
            (s.framework, s.selected.as_deref()),
            (Framework::PyTorch, Some("pytorch/2.4"))
        );
        assert_eq!(
            (s.at, s.at_chosen, s.lang, s.lang_chosen),
            (Date::known(2026, 1, 1), true, Lang::Es, true)
        );
        assert_eq!(format(&s.link()), "#/pytorch/2.4?at=2026-01-01&lang=es");
        let s = open("");
        assert_eq!(
            (s.framework, &s.selected, s.at, s.at_chosen),
            (Framework::PyTorch, &None, TODAY, false)
        );
        assert_eq!(format(&s.link()), "#/pytorch");
    }

    #[test]
    fn with_no_framework_named_a_product_opens_where_support_lasts_longest() {
        // On 2026-11-26 every TensorFlow VM image is unavailable; PyTorch
        // 2.9 is supported until 2028 (as long as Base cu129, and PyTorch
        // comes first in the offering order).
        assert_eq!(open("").framework, Framework::PyTorch);
        // In 2022 TensorFlow 2.x images outlasted the others.
        let s = open("#/?at=2022-06-01");
        let supported_until = |framework| {
            SHIPPED
                .records_of(Product::Vm, framework)
                .filter(|r| status_at(r, s.at) == Status::Supported)
                .map(|r| r.end_of_patch)
                .max()
        };
        for framework in [Framework::PyTorch, Framework::Base] {
            assert!(supported_until(s.framework) >= supported_until(framework));
        }
        // Containers: all unavailable today, so the one available longest.
        let s = open("#/containers");
        assert_eq!(s.product, Product::Containers);
        assert!(SHIPPED.records_of(s.product, s.framework).next().is_some());
    }

    #[test]
    fn the_product_switch_never_shows_a_framework_the_product_lacks() {
        // vLLM is a container framework: back on VM images, the landing one.
        let s = open("#/containers/vllm").apply(&SHIPPED, Action::ChooseProduct(Product::Vm));
        assert_eq!((s.product, s.framework), (Product::Vm, Framework::PyTorch));
        assert_eq!(format(&s.link()), "#/pytorch");
        // A framework both have is kept.
        let s = open("#/containers/base").apply(&SHIPPED, Action::ChooseProduct(Product::Vm));
        assert_eq!((s.product, s.framework), (Product::Vm, Framework::Base));
        // A link naming a framework the product lacks: a notice and the
        // landing framework.
        let s = open("#/vllm");
        assert_eq!((s.product, s.framework), (Product::Vm, Framework::PyTorch));
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn navigation_pushes_and_links_replace() {
        let s = open("#/base");
        assert_eq!(s.history, History::Replace);
        let s = s.apply(&SHIPPED, Action::Select("base/cu128".into()));
        assert_eq!(
            (s.history, format(&s.link())),
            (History::Push, "#/base/cu128".to_owned())
        );
        let s = s.apply(&SHIPPED, Action::FollowLink(parse("#/pytorch", &SHIPPED)));
        assert_eq!(
            (s.history, s.framework, &s.selected),
            (History::Replace, Framework::PyTorch, &None)
        );
    }

    #[test]
    fn choosing_another_framework_drops_the_selection() {
        let s = open("#/tensorflow/2.16");
        assert_eq!(
            s.apply(&SHIPPED, Action::ChooseFramework(Framework::TensorFlow))
                .selected
                .as_deref(),
            Some("tensorflow/2.16")
        );
        let s = s.apply(&SHIPPED, Action::ChooseFramework(Framework::Base));
        assert_eq!((s.framework, &s.selected), (Framework::Base, &None));
        // Selecting a record switches to its framework.
        let s = s.apply(&SHIPPED, Action::Select("pytorch/2.7".into()));
        assert_eq!(s.framework, Framework::PyTorch);
    }

    #[test]
    fn dates_chosen_and_reset() {
        let s = open("#/pytorch").apply(&SHIPPED, Action::SetDate(Date::known(2027, 1, 1)));
        assert_eq!(format(&s.link()), "#/pytorch?at=2027-01-01");
        // Choosing today is the same as not choosing.
        assert_eq!(
            format(&s.apply(&SHIPPED, Action::SetDate(TODAY)).link()),
            "#/pytorch"
        );
        let s = s.apply(&SHIPPED, Action::ResetDate);
        assert_eq!((s.at, format(&s.link())), (TODAY, "#/pytorch".to_owned()));
    }

    #[test]
    fn typing_a_date_applies_only_whole_dates_from_1970_and_adds_one_entry() {
        // Chromium's date field reports each digit of the year as typed.
        let typed: Vec<Option<Date>> = ["0002-08-01", "0020-08-01", "0202-08-01", "2025-08-01"]
            .into_iter()
            .map(State::typed_date)
            .collect();
        assert_eq!(typed, [None, None, None, Some(Date::known(2025, 8, 1))]);
        assert_eq!(State::typed_date("1969-12-31"), None);
        assert_eq!(State::typed_date("1970-01-01"), Some(State::FIRST_DAY));
        assert_eq!(State::typed_date(""), None);
        // One editing session: the first date pushes, the next ones replace.
        let s = open("#/pytorch").apply(&SHIPPED, Action::BeginDateEdit);
        let s = s.apply(&SHIPPED, Action::SetDate(Date::known(2025, 8, 1)));
        assert_eq!(s.history, History::Push);
        let s = s.apply(&SHIPPED, Action::SetDate(Date::known(2025, 8, 15)));
        assert_eq!(
            (s.history, s.announce.clone()),
            (History::Replace, Some(Announce::Date))
        );
        // Focus moving over the chart does not end the session …
        let s = s.apply(&SHIPPED, Action::Focus(Some("pytorch/2.7".into())));
        let s = s.apply(&SHIPPED, Action::SetDate(Date::known(2025, 8, 16)));
        assert_eq!(s.history, History::Replace);
        // … a new focus of the field does.
        let s = s.apply(&SHIPPED, Action::BeginDateEdit);
        let s = s.apply(&SHIPPED, Action::SetDate(Date::known(2025, 9, 1)));
        assert_eq!(s.history, History::Push);
    }

    #[test]
    fn each_result_names_what_to_announce() {
        let s = open("#/pytorch");
        assert_eq!(s.announce, None, "nothing is announced on arrival");
        let s = s.apply(&SHIPPED, Action::ChooseFramework(Framework::Base));
        assert_eq!(s.announce, Some(Announce::View));
        let s = s.apply(&SHIPPED, Action::Select("base/cu128".into()));
        assert_eq!(s.announce, Some(Announce::Selected));
        let s = s.apply(&SHIPPED, Action::Copied("link".into(), false));
        assert_eq!(
            s.announce,
            Some(Announce::Copied {
                what: "link".into(),
                ok: false
            })
        );
        // View state (pointer, focus, ticks) keeps what was said.
        let s = s
            .apply(&SHIPPED, Action::Focus(None))
            .apply(&SHIPPED, Action::Tick("base/cu128".into(), true));
        assert!(matches!(s.announce, Some(Announce::Copied { .. })));
        let s = s.apply(
            &SHIPPED,
            Action::Downloaded("dlvm-base-cu128.ics".into(), true),
        );
        assert!(matches!(
            s.announce,
            Some(Announce::Downloaded { ok: true, .. })
        ));
    }

    #[test]
    fn a_link_without_lang_keeps_the_language_in_use() {
        let s = open("#/base").apply(&SHIPPED, Action::SetLang(Lang::Es));
        let s = s.apply(&SHIPPED, Action::FollowLink(parse("#/pytorch", &SHIPPED)));
        assert_eq!(
            (s.lang, format(&s.link())),
            (Lang::Es, "#/pytorch?lang=es".to_owned())
        );
    }

    #[test]
    fn hiding_unavailable_defaults_on_only_when_something_is_available() {
        // Every TensorFlow version is unavailable on 2026-11-26: show them all.
        assert!(!open("#/tensorflow").hides_unavailable(&SHIPPED));
        // PyTorch 2.9 is available: hide the unavailable ones.
        assert!(open("#/pytorch").hides_unavailable(&SHIPPED));
        assert!(open("#/tensorflow?at=2025-01-01").hides_unavailable(&SHIPPED));
        // The reader's choice wins.
        let s = open("#/pytorch").apply(&SHIPPED, Action::SetHideUnavailable(false));
        assert!(!s.hides_unavailable(&SHIPPED));
    }

    #[test]
    fn a_lookup_opens_what_it_found_and_stays_in_the_link() {
        let s = open("#/base").apply(&SHIPPED, Action::lookup(&SHIPPED, "  tf2-cpu.2-17.py310 "));
        assert_eq!(
            (s.product, s.framework, s.selected.as_deref(), s.history),
            (
                Product::Containers,
                Framework::TensorFlow,
                Some("containers/tensorflow/2.17"),
                History::Push
            )
        );
        assert_eq!(format(&s.link()), "#/lookup/tf2-cpu.2-17.py310");
        // Navigating elsewhere ends the lookup.
        let s = s.apply(
            &SHIPPED,
            Action::Select("containers/tensorflow/2.16".into()),
        );
        assert_eq!(
            (s.lookup.as_deref(), format(&s.link())),
            (None, "#/containers/tensorflow/2.16".to_owned())
        );
        let s = s
            .apply(&SHIPPED, Action::lookup(&SHIPPED, "pytorch-2-4-cpu-py310"))
            .apply(&SHIPPED, Action::ChooseFramework(Framework::Base));
        assert_eq!(s.lookup, None);
    }

    #[test]
    fn a_lookup_that_finds_nothing_selects_nothing_and_an_empty_one_ends() {
        let s = open("#/pytorch/2.4").apply(&SHIPPED, Action::lookup(&SHIPPED, "jax-0-4"));
        assert_eq!((s.lookup.as_deref(), &s.selected), (Some("jax-0-4"), &None));
        assert_eq!(format(&s.link()), "#/lookup/jax-0-4");
        // The link reopens the same view.
        let reopened = open(&format(&s.link()));
        assert_eq!(
            (reopened.lookup, reopened.selected),
            (s.lookup.clone(), None)
        );
        assert_eq!(Action::lookup(&SHIPPED, "   "), Action::ClearLookup);
        let s = s.apply(&SHIPPED, Action::lookup(&SHIPPED, ""));
        assert_eq!(
            (s.lookup.clone(), format(&s.link())),
            (None, "#/pytorch".to_owned())
        );
    }

    #[test]
    fn hiding_leaves_out_unavailable_rows_but_never_the_selected_one() {
        let s = open("#/tensorflow/2.3");
        let row = |id: &str| SHIPPED.record(id).expect("shipped");
        let unavailable = Status::Unavailable;
        assert!(s.hides_row(true, row("tensorflow/2.6-py37"), unavailable));
        assert!(!s.hides_row(true, row("tensorflow/2.3"), unavailable));
        assert!(!s.hides_row(false, row("tensorflow/2.6-py37"), unavailable));
        assert!(!s.hides_row(true, row("tensorflow/2.17"), Status::Supported));
    }

    #[test]
    fn ticking_records_for_the_calendar_is_not_navigation() {
        let s = open("#/pytorch");
        let s = s
            .apply(&SHIPPED, Action::Tick("pytorch/2.7".into(), true))
            .apply(&SHIPPED, Action::Tick("pytorch/2.4".into(), true));
        assert_eq!(
            s.ticked,
            vec![Text::from("pytorch/2.7"), Text::from("pytorch/2.4")]
        );
        assert_eq!(s.history, History::Replace);
        let s = s.apply(&SHIPPED, Action::Tick("pytorch/2.7".into(), false));
        assert_eq!(s.ticked, vec![Text::from("pytorch/2.4")]);
    }

    #[test]
    fn view_state_changes_are_not_navigation() {
        let s = open("#/pytorch");
        let s = s.apply(&SHIPPED, Action::Focus(Some("pytorch/2.7".into())));
        assert_eq!(
            (s.history, s.focused.as_deref()),
            (History::Replace, Some("pytorch/2.7"))
        );
        let s = s.apply(&SHIPPED, Action::Copied("link".into(), true));
        assert_eq!(
            (s.history, s.copied.clone()),
            (History::Replace, Some(("link".into(), true)))
        );
        assert_eq!(format(&s.link()), "#/pytorch");
    }

    #[test]
    fn notices_come_from_links_and_can_be_dismissed() {
        let s = open("#/tensorflow/9.9");
        assert_eq!(s.notices.len(), 1);
        let s = open("#/containers/pytorch/2.4");
        assert_eq!(
            (s.product, s.framework),
            (Product::Containers, Framework::PyTorch)
        );
        let s = s.apply(&SHIPPED, Action::ChooseProduct(Product::Vm));
        assert_eq!(
            (s.product, &s.selected, format(&s.link())),
            (Product::Vm, &None, "#/pytorch".to_owned())
        );
        assert_eq!(s.apply(&SHIPPED, Action::DismissNotices).notices, vec![]);
        let s = s.apply(&SHIPPED, Action::FollowLink(parse("#/base", &SHIPPED)));
        assert!(s.notices.is_empty());
    }
}
