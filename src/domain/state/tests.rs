// On the fixture catalog (crate::testing), which is native only.
#![cfg(not(target_arch = "wasm32"))]
use super::*;
use crate::domain::link::{format, parse};
use crate::testing::{fixture_with, record, FIXTURE};

const TODAY: Date = Date::known(2026, 11, 26);

fn open(hash: &str) -> State {
    open_in(&FIXTURE, hash)
}

fn open_in(catalog: &Catalog, hash: &str) -> State {
    State::new(parse(hash, catalog), catalog, TODAY, Lang::En, Theme::Auto)
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
    // On a past day too, the landing framework is the one whose supported
    // versions last longest, TensorFlow included (an earlier version of
    // this test compared only PyTorch and Base). On 2022-06-01 the fixture's
    // PyTorch 2.9 and Base cu129 (no release date: supported from the
    // start) last until 2028-08-04, TensorFlow 2.6 and 2.3 only until
    // 2023-09-01: PyTorch, first in the offering order of the two.
    let past = "#/?at=2022-06-01";
    assert_eq!(open(past).framework, Framework::PyTorch);
    // Add a TensorFlow version supported on that day until 2029: now
    // TensorFlow lasts longest, and lands.
    let catalog = fixture_with(vec![record("tensorflow/9.9")
        .released(Date::from_ymd(2022, 1, 1))
        .ends(Date::known(2029, 1, 1), Date::known(2030, 1, 1))
        .build()]);
    let s = open_in(&catalog, past);
    assert_eq!(s.at, Date::known(2022, 6, 1));
    assert_eq!(s.framework, Framework::TensorFlow);
    // The comparison covers every VM framework, each with a version
    // supported that day, and TensorFlow's lasts longer than every other's.
    let supported_until = |framework| {
        catalog
            .records_of(Product::Vm, framework)
            .filter(|r| status_at(r, s.at) == Status::Supported)
            .map(|r| r.end_of_patch)
            .max()
    };
    let frameworks = catalog.frameworks_of(Product::Vm);
    assert_eq!(
        frameworks,
        [Framework::TensorFlow, Framework::PyTorch, Framework::Base]
    );
    assert_eq!(
        supported_until(Framework::TensorFlow),
        Some(Date::known(2029, 1, 1))
    );
    for framework in frameworks {
        assert!(supported_until(framework).is_some(), "{framework:?}");
        if framework != s.framework {
            assert!(
                supported_until(s.framework) > supported_until(framework),
                "{framework:?} lasts as long"
            );
        }
    }
    // Containers: all unavailable today, so the one available longest.
    let s = open("#/containers");
    assert_eq!(s.product, Product::Containers);
    assert!(FIXTURE.records_of(s.product, s.framework).next().is_some());
}

#[test]
fn the_product_switch_never_shows_a_framework_the_product_lacks() {
    // vLLM is a container framework: back on VM images, the landing one.
    let s = open("#/containers/vllm").apply(&FIXTURE, Action::ChooseProduct(Product::Vm));
    assert_eq!((s.product, s.framework), (Product::Vm, Framework::PyTorch));
    assert_eq!(format(&s.link()), "#/pytorch");
    // A framework both have is kept.
    let s = open("#/containers/base").apply(&FIXTURE, Action::ChooseProduct(Product::Vm));
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
    let s = s.apply(&FIXTURE, Action::Select("base/cu128".into()));
    assert_eq!(
        (s.history, format(&s.link())),
        (History::Push, "#/base/cu128".to_owned())
    );
    let s = s.apply(&FIXTURE, Action::FollowLink(parse("#/pytorch", &FIXTURE)));
    assert_eq!(
        (s.history, s.framework, &s.selected),
        (History::Replace, Framework::PyTorch, &None)
    );
}

#[test]
fn choosing_another_framework_drops_the_selection() {
    let s = open("#/tensorflow/2.16");
    assert_eq!(
        s.apply(&FIXTURE, Action::ChooseFramework(Framework::TensorFlow))
            .selected
            .as_deref(),
        Some("tensorflow/2.16")
    );
    let s = s.apply(&FIXTURE, Action::ChooseFramework(Framework::Base));
    assert_eq!((s.framework, &s.selected), (Framework::Base, &None));
    // Selecting a record switches to its framework.
    let s = s.apply(&FIXTURE, Action::Select("pytorch/2.7".into()));
    assert_eq!(s.framework, Framework::PyTorch);
}

#[test]
fn dates_chosen_and_reset() {
    let s = open("#/pytorch").apply(&FIXTURE, Action::SetDate(Date::known(2027, 1, 1)));
    assert_eq!(format(&s.link()), "#/pytorch?at=2027-01-01");
    // Choosing today is the same as not choosing.
    assert_eq!(
        format(&s.apply(&FIXTURE, Action::SetDate(TODAY)).link()),
        "#/pytorch"
    );
    let s = s.apply(&FIXTURE, Action::ResetDate);
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
    let s = open("#/pytorch").apply(&FIXTURE, Action::BeginDateEdit);
    let s = s.apply(&FIXTURE, Action::SetDate(Date::known(2025, 8, 1)));
    assert_eq!(s.history, History::Push);
    let s = s.apply(&FIXTURE, Action::SetDate(Date::known(2025, 8, 15)));
    assert_eq!(
        (s.history, s.announce.clone()),
        (History::Replace, Some(Announce::Date))
    );
    // Focus moving over the chart does not end the session …
    let s = s.apply(&FIXTURE, Action::Focus(Some("pytorch/2.7".into())));
    let s = s.apply(&FIXTURE, Action::SetDate(Date::known(2025, 8, 16)));
    assert_eq!(s.history, History::Replace);
    // … a new focus of the field does.
    let s = s.apply(&FIXTURE, Action::BeginDateEdit);
    let s = s.apply(&FIXTURE, Action::SetDate(Date::known(2025, 9, 1)));
    assert_eq!(s.history, History::Push);
}

#[test]
fn each_result_names_what_to_announce() {
    let s = open("#/pytorch");
    assert_eq!(s.announce, None, "nothing is announced on arrival");
    let s = s.apply(&FIXTURE, Action::ChooseFramework(Framework::Base));
    assert_eq!(s.announce, Some(Announce::View));
    let s = s.apply(&FIXTURE, Action::Select("base/cu128".into()));
    assert_eq!(s.announce, Some(Announce::Selected));
    let s = s.apply(&FIXTURE, Action::Copied("link".into(), false));
    assert_eq!(
        s.announce,
        Some(Announce::Copied {
            what: "link".into(),
            ok: false
        })
    );
    // View state (pointer, focus, ticks) keeps what was said.
    let s = s
        .apply(&FIXTURE, Action::Focus(None))
        .apply(&FIXTURE, Action::Tick("base/cu128".into(), true));
    assert!(matches!(s.announce, Some(Announce::Copied { .. })));
    let s = s.apply(
        &FIXTURE,
        Action::Downloaded("dlvm-base-cu128.ics".into(), true),
    );
    assert!(matches!(
        s.announce,
        Some(Announce::Downloaded { ok: true, .. })
    ));
}

#[test]
fn a_link_without_lang_keeps_the_language_in_use() {
    let s = open("#/base").apply(&FIXTURE, Action::SetLang(Lang::Es));
    let s = s.apply(&FIXTURE, Action::FollowLink(parse("#/pytorch", &FIXTURE)));
    assert_eq!(
        (s.lang, format(&s.link())),
        (Lang::Es, "#/pytorch?lang=es".to_owned())
    );
}

#[test]
fn hiding_unavailable_defaults_on_only_when_something_is_available() {
    // Every TensorFlow version is unavailable on 2026-11-26: show them all.
    assert!(!open("#/tensorflow").hides_unavailable(&FIXTURE));
    // PyTorch 2.9 is available: hide the unavailable ones.
    assert!(open("#/pytorch").hides_unavailable(&FIXTURE));
    assert!(open("#/tensorflow?at=2025-01-01").hides_unavailable(&FIXTURE));
    // The reader's choice wins.
    let s = open("#/pytorch").apply(&FIXTURE, Action::SetHideUnavailable(false));
    assert!(!s.hides_unavailable(&FIXTURE));
}

#[test]
fn a_lookup_opens_what_it_found_and_stays_in_the_link() {
    let s = open("#/base").apply(&FIXTURE, Action::lookup(&FIXTURE, "  tf2-cpu.2-17.py310 "));
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
        &FIXTURE,
        Action::Select("containers/tensorflow/2.16".into()),
    );
    assert_eq!(
        (s.lookup.as_deref(), format(&s.link())),
        (None, "#/containers/tensorflow/2.16".to_owned())
    );
    let s = s
        .apply(&FIXTURE, Action::lookup(&FIXTURE, "pytorch-2-4-cpu-py310"))
        .apply(&FIXTURE, Action::ChooseFramework(Framework::Base));
    assert_eq!(s.lookup, None);
}

#[test]
fn a_lookup_that_finds_nothing_selects_nothing_and_an_empty_one_ends() {
    let s = open("#/pytorch/2.4").apply(&FIXTURE, Action::lookup(&FIXTURE, "jax-0-4"));
    assert_eq!((s.lookup.as_deref(), &s.selected), (Some("jax-0-4"), &None));
    assert_eq!(format(&s.link()), "#/lookup/jax-0-4");
    // The link reopens the same view.
    let reopened = open(&format(&s.link()));
    assert_eq!(
        (reopened.lookup, reopened.selected),
        (s.lookup.clone(), None)
    );
    assert_eq!(Action::lookup(&FIXTURE, "   "), Action::ClearLookup);
    let s = s.apply(&FIXTURE, Action::lookup(&FIXTURE, ""));
    assert_eq!(
        (s.lookup.clone(), format(&s.link())),
        (None, "#/pytorch".to_owned())
    );
}

#[test]
fn hiding_leaves_out_unavailable_rows_but_never_the_selected_one() {
    let s = open("#/tensorflow/2.3");
    let row = |id: &str| FIXTURE.record(id).expect("in the fixture");
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
        .apply(&FIXTURE, Action::Tick("pytorch/2.7".into(), true))
        .apply(&FIXTURE, Action::Tick("pytorch/2.4".into(), true));
    assert_eq!(
        s.ticked,
        vec![Text::from("pytorch/2.7"), Text::from("pytorch/2.4")]
    );
    assert_eq!(s.history, History::Replace);
    let s = s.apply(&FIXTURE, Action::Tick("pytorch/2.7".into(), false));
    assert_eq!(s.ticked, vec![Text::from("pytorch/2.4")]);
}

#[test]
fn view_state_changes_are_not_navigation() {
    let s = open("#/pytorch");
    let s = s.apply(&FIXTURE, Action::Focus(Some("pytorch/2.7".into())));
    assert_eq!(
        (s.history, s.focused.as_deref()),
        (History::Replace, Some("pytorch/2.7"))
    );
    let s = s.apply(&FIXTURE, Action::Copied("link".into(), true));
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
    let s = s.apply(&FIXTURE, Action::ChooseProduct(Product::Vm));
    assert_eq!(
        (s.product, &s.selected, format(&s.link())),
        (Product::Vm, &None, "#/pytorch".to_owned())
    );
    assert_eq!(s.apply(&FIXTURE, Action::DismissNotices).notices, vec![]);
    let s = s.apply(&FIXTURE, Action::FollowLink(parse("#/base", &FIXTURE)));
    assert!(s.notices.is_empty());
}

/// The badge-and-card entry's two actions give what the reducer gives,
/// from any state (a typed date, a pushed entry, a selection).
#[test]
fn the_card_entrys_arms_are_the_reducers() {
    let typed = open("#/pytorch/2.4?at=2026-01-01")
        .apply(&FIXTURE, Action::BeginDateEdit)
        .apply(&FIXTURE, Action::SetDate(Date::known(2026, 2, 1)));
    for state in [open("#/tensorflow"), open("#/pytorch/2.4"), typed] {
        for hash in ["#/pytorch/2.7?at=2025-01-01", "#/base", "#/nope/9"] {
            let parsed = || parse(hash, &FIXTURE);
            let mut followed = state.clone();
            followed.followed(parsed(), &FIXTURE);
            assert_eq!(
                followed,
                state.apply(&FIXTURE, Action::FollowLink(parsed())),
                "{hash}"
            );
        }
        for ok in [true, false] {
            let file = "pytorch-2.4.ics".to_owned();
            let mut downloaded = state.clone();
            downloaded.downloaded(file.clone(), ok);
            assert_eq!(
                downloaded,
                state.apply(&FIXTURE, Action::Downloaded(file, ok))
            );
        }
    }
}
