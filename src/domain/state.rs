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
use super::theme::Theme;

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
            Action::ChooseProduct(product) => next.choose_product(product, catalog),
            Action::ChooseFramework(framework) => next.choose_framework(framework),
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
            Action::SetDate(at) => next.set_date(at, self.date_typed),
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
            Action::FollowLink(parsed) => next.follow_link(parsed, catalog),
            Action::DismissNotices => next.notices.clear(),
            // View state: not navigation, so no history entry.
            Action::Copied(what, ok) => {
                next.history = self.history;
                next.copied = Some((what.clone(), ok));
                next.announce = Some(Announce::Copied { what, ok });
            }
            Action::Downloaded(file, ok) => next.download_said(file, ok, self.history),
            Action::Focus(id) => {
                next.history = self.history;
                next.date_typed = self.date_typed;
                next.focused = id;
            }
            Action::BeginDateEdit => next.history = self.history,
            Action::Tick(id, on) => next.tick(id, on, self.history),
        }
        next
    }

    /// Becomes the state after following a link (Back, Forward, a typed
    /// address): its view, in place of this history entry. (`followed` and
    /// `downloaded` are the reducer's arms for the badge-and-card entry,
    /// whose only actions these are: calling them, it never links the rest
    /// of `apply`; in place, since that entry owns its one state, so it
    /// links no `State::clone` either.)
    pub fn followed(&mut self, parsed: ParsedLink, catalog: &Catalog) {
        self.date_typed = false;
        self.follow_link(parsed, catalog);
    }

    /// Becomes the state after a calendar download started (`ok`) or failed.
    pub fn downloaded(&mut self, file: String, ok: bool) {
        self.date_typed = false;
        self.download_said(file, ok, self.history);
    }

    fn follow_link(&mut self, parsed: ParsedLink, catalog: &Catalog) {
        self.follow(parsed, catalog);
        self.history = History::Replace;
        self.announce = Some(match self.selected {
            Some(_) => Announce::Selected,
            None => Announce::View,
        });
    }

    /// Said; no history entry (view state, not navigation).
    fn download_said(&mut self, file: String, ok: bool, history: History) {
        self.history = history;
        self.announce = Some(Announce::Downloaded { file, ok });
    }

    /// Another product; navigating elsewhere ends a lookup.
    fn choose_product(&mut self, product: Product, catalog: &Catalog) {
        if self.product != product {
            self.selected = None;
            self.lookup = None;
        }
        self.show(product, Some(self.framework), catalog);
        self.announce = Some(Announce::View);
    }

    /// Another framework; navigating elsewhere ends a lookup.
    fn choose_framework(&mut self, framework: Framework) {
        if self.framework != framework {
            self.selected = None;
            self.lookup = None;
        }
        self.framework = framework;
        self.announce = Some(Announce::View);
    }

    /// A date from the date field: typing one digit after another replaces
    /// the history entry the first digit pushed.
    fn set_date(&mut self, at: Date, typing: bool) {
        if typing {
            self.history = History::Replace;
        }
        self.date_typed = true;
        self.at = at;
        self.at_chosen = at != self.today;
        self.announce = Some(Announce::Date);
    }

    /// A version ticked (`on`) or unticked for the calendar export: view
    /// state, so the history stays as it was.
    fn tick(&mut self, id: Text, on: bool, history: History) {
        self.history = history;
        self.ticked.retain(|t| *t != id);
        if on {
            self.ticked.push(id);
        }
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
mod tests;
