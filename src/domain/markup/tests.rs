//! The badge's and card's markup, written out as HTML the way the writer
//! builds the DOM and read back as a browser would (scraper).
use super::*;
use crate::domain::catalog::Record;
use crate::domain::catalog::Text;
use crate::domain::link::parse;
use crate::domain::messages::{facts_line, hidden_note, status_name};
use crate::domain::policy::evaluate_image;
use crate::domain::state::Action;
use crate::domain::theme::Theme;
use crate::testing::FIXTURE;
use scraper::{Html as Page, Selector};

const AT: Date = Date::known(2026, 1, 1);

fn state(hash: &str, catalog: &Catalog, lang: Lang) -> State {
    State::new(parse(hash, catalog), catalog, AT, lang, Theme::Auto)
}

/// Every link goes to `full#<the link's hash>` (the page decides the real address).
fn href(link: &Link) -> String {
    format!("full{}", crate::domain::link::format(link))
}

/// The view's parts as HTML text (`parts_html`).
fn view_html(view: ViewKind, state: &State, catalog: &Catalog, ids: &str, href: Href) -> String {
    parts_html(view_parts(view, state, catalog, ids, href))
}

/// The parts as HTML text, escaped, as `lite` would build them into a DOM.
fn parts_html(parts: Vec<Part>) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let (mut out, mut open, mut in_tag) = (String::new(), Vec::new(), false);
    for part in parts {
        if in_tag && !matches!(part, Part::Attr(..)) {
            out.push('>');
            in_tag = false;
        }
        match part {
            Part::Open(tag) => {
                out.push_str(&format!("<{tag}"));
                open.push(tag);
                in_tag = true;
            }
            Part::Attr(name, value) => {
                assert!(in_tag, "{name} set after the element's content");
                out.push_str(&format!(" {name}=\"{}\"", escape(&value)));
            }
            Part::Text(text) => out.push_str(&escape(&text)),
            Part::Close => out.push_str(&format!("</{}>", open.pop().expect("balanced"))),
        }
    }
    assert!(open.is_empty(), "every element is closed: {open:?}");
    out
}

#[test]
fn every_version_writes_whole_elements_in_both_views_and_languages() {
    for record in FIXTURE.records.iter() {
        for lang in [Lang::En, Lang::Es] {
            let s = state(&format!("#/{}", record.id), &FIXTURE, lang);
            for view in [ViewKind::Badge, ViewKind::Card] {
                let page = Page::parse_fragment(&view_html(view, &s, &FIXTURE, "d1", &href));
                assert_eq!(
                    attr(
                        &page,
                        "[data-version-id], [data-selected]",
                        "data-version-id"
                    )
                    .or_else(|| attr(&page, "[data-selected]", "data-selected"))
                    .as_deref(),
                    Some(&*record.id)
                );
            }
        }
    }
}

fn texts(page: &Page, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).unwrap();
    page.select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect()
}

/// The attribute `name` of every element `selector` finds, in order.
fn attrs(page: &Page, selector: &str, name: &str) -> Vec<String> {
    let selector = Selector::parse(selector).unwrap();
    page.select(&selector)
        .filter_map(|e| e.value().attr(name).map(str::to_owned))
        .collect()
}

fn attr(page: &Page, selector: &str, name: &str) -> Option<String> {
    let selector = Selector::parse(selector).unwrap();
    page.select(&selector)
        .next()
        .and_then(|e| e.value().attr(name).map(str::to_owned))
}

#[test]
fn a_badge_is_one_link_with_the_status_and_its_accessible_words() {
    let s = state("#/pytorch/2.4?at=2026-01-01", &FIXTURE, Lang::En);
    let page = Page::parse_fragment(&view_html(ViewKind::Badge, &s, &FIXTURE, "d1", &href));
    assert_eq!(attr(&page, ".dlvm", "data-view").as_deref(), Some("badge"));
    assert_eq!(
        attr(&page, ".dlvm", "data-as-of").as_deref(),
        Some("2026-01-01")
    );
    assert_eq!(
        attr(&page, "a.dlvm-badge-link", "data-version-id").as_deref(),
        Some("pytorch/2.4")
    );
    let status = status_at(FIXTURE.record("pytorch/2.4").unwrap(), AT);
    assert_eq!(
        attr(&page, "a.dlvm-badge-link", "data-status").as_deref(),
        Some(status.slug())
    );
    assert_eq!(
        attr(&page, "a.dlvm-badge-link", "href").as_deref(),
        Some("full#/pytorch/2.4?at=2026-01-01")
    );
    assert_eq!(texts(&page, "[aria-hidden=true]"), [status_shape(status)]);
    assert_eq!(
        texts(&page, "[role=status]"),
        Vec::<String>::new(),
        "a badge has nothing to announce"
    );
}

#[test]
fn a_card_says_the_status_dates_advice_and_links_to_the_full_view() {
    let s = state("#/pytorch/2.4?at=2026-01-01", &FIXTURE, Lang::Es);
    let page = Page::parse_fragment(&view_html(ViewKind::Card, &s, &FIXTURE, "d7", &href));
    let record = FIXTURE.record("pytorch/2.4").unwrap();
    let e = evaluate_image(&FIXTURE, record, AT, s.policy(), None, "");
    assert_eq!(attr(&page, ".dlvm", "lang").as_deref(), Some("es"));
    assert_eq!(
        attr(&page, "[data-details-heading]", "id").as_deref(),
        Some("d7-details-title")
    );
    assert_eq!(
        attr(&page, "[role=group]", "aria-labelledby").as_deref(),
        Some("d7-details-title")
    );
    assert_eq!(texts(&page, ".dlvm-facts"), [facts_line(Lang::Es, record)]);
    assert_eq!(
        texts(&page, "[data-details-heading] .dlvm-badge"),
        [format!(
            "{}{}",
            status_shape(e.status),
            status_name(Lang::Es, e.status)
        )]
    );
    assert_eq!(
        texts(&page, "time").len(),
        2 + usize::from(record.released.is_some())
    );
    assert_eq!(texts(&page, "[data-warning]").len(), e.warnings.len());
    assert_eq!(
        texts(&page, "button[data-action=calendar]"),
        [Lang::Es.strings().add_to_calendar]
    );
    let advice = e
        .advice
        .expect("a version past support has somewhere to go");
    assert_eq!(
        attr(&page, ".dlvm-advice a.dlvm-button", "href"),
        Some(format!("full#/{}?at=2026-01-01", advice.to.id)),
        "another version opens in the full view, on the same date"
    );
    assert_eq!(
        attr(&page, "a.dlvm-full-link", "href").as_deref(),
        Some("full#/pytorch/2.4?at=2026-01-01")
    );
    assert_eq!(texts(&page, "[role=status]"), [announcement(Lang::Es, &s)]);
}

#[test]
fn text_from_the_catalog_never_becomes_markup() {
    let mut catalog = FIXTURE.clone();
    let mut records = catalog.records.to_vec();
    let record = records.iter_mut().find(|r| r.id == "pytorch/2.4").unwrap();
    record.data_issue = Some("<img src=x onerror=alert(1)> & \"quoted\"".into());
    catalog.records = records.into();
    let s = state("#/pytorch/2.4", &catalog, Lang::En);
    let parts = view_parts(ViewKind::Card, &s, &catalog, "d1", &href);
    assert!(parts.contains(&Part::Text(
        "<img src=x onerror=alert(1)> & \"quoted\"".into()
    )));
    assert!(!parts.contains(&Part::Open("img")));
    let page = Page::parse_fragment(&view_html(ViewKind::Card, &s, &catalog, "d1", &href));
    assert_eq!(texts(&page, "img").len(), 0);
    assert_eq!(
        texts(&page, ".dlvm-data-issue li")[0],
        "<img src=x onerror=alert(1)> & \"quoted\""
    );
    let hostile = |_: &Link| "\"><script>alert(1)</script>".to_owned();
    let page = Page::parse_fragment(&view_html(ViewKind::Badge, &s, &catalog, "d1", &hostile));
    assert_eq!(texts(&page, "script").len(), 0);
    assert_eq!(
        attr(&page, "a", "href").as_deref(),
        Some("\"><script>alert(1)</script>")
    );
}

#[test]
fn a_stale_catalog_is_said_once_with_a_link_to_the_policy() {
    let late = Date::known(2027, 1, 1);
    let s = State::new(
        parse("#/pytorch/2.4", &FIXTURE),
        &FIXTURE,
        late,
        Lang::En,
        Theme::Auto,
    );
    let page = Page::parse_fragment(&view_html(ViewKind::Card, &s, &FIXTURE, "d1", &href));
    assert_eq!(
        texts(&page, "[data-notice=catalog-stale]"),
        [format!(
            "{} {}",
            stale_notice(Lang::En, &FIXTURE, late).unwrap(),
            Lang::En.strings().policy_link
        )]
    );
    assert_eq!(
        attr(&page, "[data-notice] a", "href").as_deref(),
        policy_page(&FIXTURE)
    );
    assert_eq!(
        attr(&page, "[data-notice] a", "rel").as_deref(),
        Some("noopener noreferrer")
    );
}

#[test]
fn the_badge_and_card_show_nothing_their_entry_leaves_out() {
    // The badge-and-card entry ships the catalog without the records'
    // notes and image names (`Catalog::for_cards`): the views must read the
    // same either way.
    let cards = FIXTURE.for_cards();
    assert!(FIXTURE.records.iter().any(|r| !r.notes.is_empty()));
    assert!(FIXTURE.records.iter().any(|r| !r.image_families.is_empty()));
    for record in FIXTURE.records.iter() {
        for lang in [Lang::En, Lang::Es] {
            let hash = format!("#/{}", record.id);
            for view in [ViewKind::Badge, ViewKind::Card] {
                let whole = view_html(view, &state(&hash, &FIXTURE, lang), &FIXTURE, "d1", &href);
                let s = state(&hash, &cards, lang);
                assert_eq!(
                    view_html(view, &s, &cards, "d1", &href),
                    whole,
                    "{}",
                    record.id
                );
            }
        }
    }
}

#[test]
fn the_widgets_details_show_nothing_it_leaves_out() {
    // The whole widget ships the catalog without what no view reads
    // (`Catalog::for_widget`): its details must read the same either way.
    let widget = FIXTURE.for_widget();
    assert_ne!(widget, *FIXTURE, "something is left out");
    for record in FIXTURE.records.iter() {
        let s = state(&format!("#/{}", record.id), &FIXTURE, Lang::En);
        let trimmed = widget.record(&record.id).expect("the same ids");
        let fuller = Fuller { image: None };
        assert_eq!(
            details_parts(&s, &widget, trimmed, "d1", &fuller),
            details_parts(&s, &FIXTURE, record, "d1", &fuller),
            "{}",
            record.id
        );
    }
}

#[test]
fn the_widgets_details_add_copyable_names_notes_the_looked_up_image_and_advice_in_place() {
    let mut s = state("#/pytorch/2.4?at=2026-01-01", &FIXTURE, Lang::Es);
    let record = FIXTURE.record("pytorch/2.4").unwrap();
    let names: Vec<String> = record.image_names().map(|n| n.to_string()).collect();
    s.copied = Some((Text::Owned(names[0].clone()), true));
    let image = crate::domain::lookup::read_image_name("pytorch-2-4-v20241118-py310").unwrap();
    let fuller = Fuller {
        image: Some(&image),
    };
    let page = Page::parse_fragment(&parts_html(details_parts(
        &s, &FIXTURE, record, "d1", &fuller,
    )));
    // Every image name, each with a button that copies it and says how the
    // last copy of it went.
    assert_eq!(texts(&page, ".dlvm-families code"), names);
    assert_eq!(
        attr(&page, ".dlvm-families button", "data-copy"),
        Some(names[0].clone())
    );
    let copied = Lang::Es.widget_strings().copied;
    assert_eq!(texts(&page, ".dlvm-families button")[0], copied);
    // Its notes, in English inside the Spanish view.
    assert!(!record.notes.is_empty());
    assert_eq!(
        texts(&page, "ul[lang=en]:not(.dlvm-data-issue) li"),
        record
            .notes
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
    );
    // The looked-up image: its build date and the family to use.
    assert_eq!(
        attr(&page, "[data-image-built]", "data-image-built").as_deref(),
        Some("2024-11-18")
    );
    assert!(texts(&page, ".dlvm-dates code").contains(&image.family));
    // The advice opens its version in place: a button, no link.
    let to = attr(&page, "[data-upgrade-to]", "data-upgrade-to");
    assert!(to.is_some());
    assert_eq!(attr(&page, ".dlvm-advice button", "data-version-id"), to);
    assert!(texts(&page, ".dlvm-advice a").is_empty());
    // The card's details have none of it.
    let card = Page::parse_fragment(&view_html(ViewKind::Card, &s, &FIXTURE, "d1", &href));
    for selector in [
        ".dlvm-families",
        "[data-image-built]",
        ".dlvm-advice button",
    ] {
        assert!(texts(&card, selector).is_empty(), "{selector}");
    }
    assert!(attr(&card, ".dlvm-advice a", "href").is_some());
}

#[test]
fn the_table_lists_the_shown_versions_with_their_ticks_selection_and_hidden_count() {
    let mut s = state("#/tensorflow/2.16?at=2026-01-01", &FIXTURE, Lang::En);
    let records: Vec<&Record> = FIXTURE.newest_first(s.product, s.framework);
    let parts = |s: &State| Page::parse_fragment(&parts_html(table_parts(s, &FIXTURE, &records)));
    let shown = |s: &State| -> Vec<String> {
        let hide = s.hides_unavailable(&FIXTURE);
        records
            .iter()
            .filter(|r| !s.hides_row(hide, r, status_at(r, s.at)))
            .map(|r| r.id.to_string())
            .collect()
    };
    let page = parts(&s);
    let ids = attrs(&page, "tr[data-version-id]", "data-version-id");
    assert_eq!(ids, shown(&s));
    assert!(
        ids.len() < records.len(),
        "some unavailable versions are hidden"
    );
    assert_eq!(
        texts(&page, ".dlvm-check .dlvm-muted"),
        [hidden_note(Lang::En, records.len() - ids.len())]
    );
    assert!(attr(&page, "[data-action=hide-unavailable]", "checked").is_some());
    // The selected row is the widget's mark (`ui::widgets::mark`), not the
    // markup's: selecting doesn't change the parts. Nothing is ticked yet.
    assert_eq!(attr(&page, "[aria-current]", "class"), None);
    let other = s.apply(&FIXTURE, Action::Select("tensorflow/2.17".into()));
    assert_eq!(
        table_parts(&other, &FIXTURE, &records),
        table_parts(&s, &FIXTURE, &records)
    );
    assert!(attr(&page, "[data-action=calendar-ticked]", "disabled").is_some());
    // Ticked, shown everything: one checked box, the download enabled.
    s = s.apply(&FIXTURE, Action::Tick("tensorflow/2.16".into(), true));
    s = s.apply(&FIXTURE, Action::SetHideUnavailable(false));
    let page = parts(&s);
    assert_eq!(
        attr(&page, "input[checked][data-tick]", "data-tick").as_deref(),
        Some("tensorflow/2.16")
    );
    assert!(attr(&page, "[data-action=calendar-ticked]", "disabled").is_none());
    assert_eq!(
        texts(&page, "[data-action=calendar-ticked]"),
        [format!("{} (1)", Lang::En.widget_strings().download_ticked)]
    );
    assert_eq!(texts(&page, "tbody tr").len(), records.len());
    assert!(attr(&page, "[data-action=hide-unavailable]", "checked").is_none());
}

#[test]
fn a_long_chart_holds_its_bars_in_groups_in_order_and_an_empty_one_none() {
    use super::chart::BARS_PER_GROUP;
    let catalog = crate::domain::synthetic::synthetic_catalog(600, &FIXTURE);
    let s = state("#/tensorflow?at=2026-01-01", &catalog, Lang::En);
    let records: Vec<&Record> = catalog.newest_first(s.product, s.framework);
    assert!(
        records.len() > 2 * BARS_PER_GROUP,
        "enough versions for three groups"
    );
    let page = Page::parse_fragment(&parts_html(chart_parts(&s, &records, "c1")));
    let groups = Selector::parse(".dlvm-chart > .dlvm-bars").unwrap();
    let bar = Selector::parse(".dlvm-bar").unwrap();
    let sizes: Vec<usize> = page
        .select(&groups)
        .map(|g| g.select(&bar).count())
        .collect();
    let (last, full) = sizes.split_last().expect("groups");
    assert!(full.iter().all(|&n| n == BARS_PER_GROUP), "{sizes:?}");
    assert!((1..=BARS_PER_GROUP).contains(last), "{sizes:?}");
    assert_eq!(sizes.iter().sum::<usize>(), records.len());
    let ids = attrs(&page, ".dlvm-bar", "data-version-id");
    let newest_first: Vec<&str> = records.iter().map(|r| r.id.as_ref()).collect();
    assert_eq!(ids, newest_first);
    // No versions: no group either.
    let empty = Page::parse_fragment(&parts_html(chart_parts(&s, &[], "c1")));
    assert_eq!(empty.select(&groups).count(), 0);
    assert_eq!(
        empty
            .select(&Selector::parse(".dlvm-chart").unwrap())
            .count(),
        1
    );
}

#[test]
fn the_chart_has_a_bar_per_version_and_leaves_its_marks_to_the_widget() {
    let s = state("#/tensorflow/2.16?at=2026-01-01", &FIXTURE, Lang::En);
    let records: Vec<&Record> = FIXTURE.newest_first(s.product, s.framework);
    let parts = chart_parts(&s, &records, "c1");
    let page = Page::parse_fragment(&parts_html(chart_parts(&s, &records, "c1")));
    let ids = attrs(
        &page,
        ".dlvm-chart > .dlvm-bars > .dlvm-bar",
        "data-version-id",
    );
    let newest_first: Vec<&str> = records.iter().map(|r| r.id.as_ref()).collect();
    assert_eq!(ids, newest_first);
    // Every bar out of the Tab order and none current: the widget marks them.
    let tabbable = Selector::parse(".dlvm-bar[tabindex='-1']").unwrap();
    assert_eq!(page.select(&tabbable).count(), records.len());
    assert_eq!(attr(&page, "[aria-current]", "class"), None);
    let other = s.apply(&FIXTURE, Action::Select("tensorflow/2.17".into()));
    assert_eq!(chart_parts(&other, &records, "c1"), parts);
    // The heading's toggle, the ids the figure and chart name, an empty caption.
    assert_eq!(
        attr(&page, "figure", "aria-labelledby").as_deref(),
        Some("c1-chart-title")
    );
    assert!(attr(&page, "#c1-chart-title", "class").is_some());
    assert_eq!(
        attr(&page, "[data-action=whole-history]", "aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(texts(&page, ".dlvm-caption"), [""]);
    // The date moves the evaluation line: the parts change.
    let later = s.apply(
        &FIXTURE,
        Action::SetDate(Date::from_ymd(2026, 6, 1).unwrap()),
    );
    assert_ne!(chart_parts(&later, &records, "c1"), parts);
}

#[test]
fn the_lookup_form_keeps_the_text_and_says_what_it_found() {
    let s = state("#/tensorflow", &FIXTURE, Lang::En);
    let empty = Page::parse_fragment(&parts_html(lookup_parts(&s, None, "l1")));
    assert_eq!(attr(&empty, ".dlvm-lookup-result", "data-lookup"), None);
    assert_eq!(attr(&empty, "#l1-lookup", "value").as_deref(), Some(""));
    // Focus finds the field and the button again when the form is rewritten.
    assert_eq!(
        attr(&empty, "input", "data-action").as_deref(),
        Some("lookup-field")
    );
    assert_eq!(
        attr(&empty, "button[type=submit]", "data-action").as_deref(),
        Some("lookup-submit")
    );
    for text in [
        "pytorch-2-4-cu124-v20241118-debian-11-py310",
        "pytorch-9-9-cpu",
    ] {
        let s = s.apply(&FIXTURE, Action::lookup(&FIXTURE, text));
        let found = crate::domain::lookup::lookup(&FIXTURE, text);
        let page = Page::parse_fragment(&parts_html(lookup_parts(&s, Some(&found), "l1")));
        assert_eq!(attr(&page, "#l1-lookup", "value").as_deref(), Some(text));
        assert_eq!(
            attr(&page, ".dlvm-lookup-result", "data-lookup").as_deref(),
            Some(found.slug())
        );
        assert_eq!(
            texts(&page, ".dlvm-lookup-result p"),
            [crate::domain::messages::lookup_text(Lang::En, text, &found)]
        );
        let ids = attrs(
            &page,
            ".dlvm-lookup-result button[data-version-id]",
            "data-version-id",
        );
        let closest: Vec<&str> = found.closest().iter().map(|r| r.id.as_ref()).collect();
        assert_eq!(ids, closest);
        // A version the catalog lacks is offered the closest ones.
        assert_eq!(ids.is_empty(), found.slug() == "found", "{text}");
    }
}

#[test]
fn the_toolbar_changes_with_the_language_and_theme_not_the_date() {
    let s = state("#/tensorflow?at=2026-01-01", &FIXTURE, Lang::En);
    let page = Page::parse_fragment(&parts_html(toolbar_parts(&s, true, "w")));
    assert_eq!(
        attr(&page, "[data-action=lang] option[selected]", "value").as_deref(),
        Some("en")
    );
    assert_eq!(
        attr(&page, "[data-action=theme] option[selected]", "value").as_deref(),
        Some(s.theme.slug())
    );
    // Embedded, the page owns the theme.
    let embedded = Page::parse_fragment(&parts_html(toolbar_parts(&s, false, "w")));
    assert_eq!(attr(&embedded, "[data-action=theme]", "class"), None);
    // The date's value and "reset" are set in place: a new date writes nothing.
    assert_eq!(attr(&page, "[data-action=date]", "value"), None);
    let later = s.apply(
        &FIXTURE,
        Action::SetDate(Date::from_ymd(2026, 6, 1).unwrap()),
    );
    assert_eq!(
        toolbar_parts(&later, true, "w"),
        toolbar_parts(&s, true, "w")
    );
    let spanish = s.apply(&FIXTURE, Action::SetLang(Lang::Es));
    let page = Page::parse_fragment(&parts_html(toolbar_parts(&spanish, true, "w")));
    assert_eq!(
        attr(&page, "[data-action=lang] option[selected]", "value").as_deref(),
        Some("es")
    );
    assert_eq!(
        texts(&page, "[data-action=copy-link]"),
        [Lang::Es.widget_strings().copy_link]
    );
}

#[test]
fn the_tabs_are_the_products_frameworks_with_one_selected_tab_stop() {
    let s = state("#/pytorch?at=2026-01-01", &FIXTURE, Lang::En);
    let page = Page::parse_fragment(&parts_html(tabs_parts(&s, &FIXTURE, "t1")));
    let shown = attrs(&page, "[role=tab]", "data-framework");
    let expected: Vec<&str> = FIXTURE
        .frameworks_of(s.product)
        .into_iter()
        .map(|f| f.slug())
        .collect();
    assert_eq!(shown, expected);
    assert_eq!(
        attr(&page, "[aria-selected=true]", "data-framework").as_deref(),
        Some("pytorch")
    );
    assert_eq!(
        attr(&page, "[tabindex='0']", "id").as_deref(),
        Some("t1-tab-pytorch")
    );
    assert_eq!(
        page.select(&Selector::parse("[tabindex='-1']").unwrap())
            .count(),
        shown.len() - 1
    );
    let products = Page::parse_fragment(&parts_html(products_parts(&s)));
    assert_eq!(
        attr(&products, "[aria-pressed=true]", "data-product").as_deref(),
        Some(s.product.slug())
    );
}

#[test]
fn a_link_not_followed_as_given_gets_one_notice_per_kind_and_a_dismiss_button() {
    let followed = state("#/tensorflow/2.16", &FIXTURE, Lang::En);
    assert_eq!(notices_parts(&followed), []);
    let noticed = state("#/tensorflow/9.9?at=1999-99-99", &FIXTURE, Lang::En);
    let page = Page::parse_fragment(&parts_html(notices_parts(&noticed)));
    let said: Vec<String> = noticed
        .notices
        .iter()
        .map(|n| crate::domain::messages::notice_text(Lang::En, n))
        .collect();
    assert_eq!(said.len(), 2, "{said:?}");
    assert_eq!(texts(&page, ".dlvm-notice li"), said);
    assert_eq!(
        attr(&page, ".dlvm-notice button", "data-action").as_deref(),
        Some("dismiss-notices")
    );
    let dismissed = noticed.apply(&FIXTURE, Action::DismissNotices);
    assert_eq!(notices_parts(&dismissed), []);
}
