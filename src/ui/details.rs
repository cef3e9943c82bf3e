use super::app::Ctx;
use super::table::{badge, dated};
use super::web;
use crate::domain::catalog::Text;
use crate::domain::messages::{
    advice_text, change_texts, explain_status, record_name, severity_name, warning_text,
};
use crate::domain::policy::{evaluate, Policy};
use crate::domain::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct CopyProps {
    text: Text,
}

/// A family name with a button that copies it.
#[component]
fn CopyFamily(props: &CopyProps) -> Html {
    let ctx = use_context::<Ctx>();
    let copied = use_state(|| None::<bool>);
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let strings = ctx.lang().strings();
    let onclick = {
        let text = props.text.to_string();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            web::copy_text(text.clone(), move |ok| copied.set(Some(ok)));
        })
    };
    let label = match *copied {
        Some(true) => strings.copied,
        Some(false) => strings.copy_failed,
        None => strings.copy,
    };
    html! {
        <li>
            <code>{ props.text.to_string() }</code>
            <button type="button" class="dlvm-button dlvm-small" {onclick}
                aria-label={format!("{} {}", strings.copy, props.text)}>{ label }</button>
        </li>
    }
}

/// What the policy means for the selected version today.
#[component]
pub fn Details() -> Html {
    let Some(ctx) = use_context::<Ctx>() else {
        return Html::default();
    };
    let state = &ctx.state;
    let lang = ctx.lang();
    let strings = lang.strings();
    let catalog = ctx.catalog();
    let Some(record) = state.selected.as_deref().and_then(|id| catalog.record(id)) else {
        return html! {
            <section class="dlvm-details dlvm-empty" aria-label={strings.details}>
                <p>{ strings.select_a_version }</p>
            </section>
        };
    };
    let e = evaluate(catalog, record, state.at, Policy::default());
    let heading = ctx.id("details-title");
    let released = match record.released {
        Some(date) => dated(lang, state.at, date),
        None => html! { <span class="dlvm-unknown">{ strings.unknown }</span> },
    };
    let warnings = e.warnings.iter().map(|w| {
        html! {
            <li data-warning={w.kind.slug()} data-severity={w.severity().slug()}>
                <span class="dlvm-severity">{ severity_name(lang, w.severity()) }</span>
                { " " }{ warning_text(lang, w) }
            </li>
        }
    });
    let advice = e.advice.as_ref().map(|advice| {
        let to = advice.to.id.clone();
        let open = ctx
            .dispatch
            .reform(move |_: MouseEvent| Action::Select(to.clone()));
        let changes = change_texts(lang, advice);
        html! {
            <div class="dlvm-advice" data-upgrade-to={advice.to.id.to_string()}>
                <h4 class="dlvm-h4">{ strings.upgrade }</h4>
                <p>{ advice_text(lang, &e) }</p>
                <p class="dlvm-muted">{ strings.what_changes }{ ":" }</p>
                if changes.is_empty() {
                    <p>{ strings.nothing_changes }</p>
                } else {
                    <ul>{ for changes.into_iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                }
                <button type="button" class="dlvm-button" onclick={open}>
                    { format!("{}: {}", strings.open_details, record_name(advice.to)) }
                </button>
            </div>
        }
    });
    let no_advice = (e.advice.is_none() && e.status != crate::domain::policy::Status::Supported)
        .then(|| html! { <p class="dlvm-advice-none">{ advice_text(lang, &e) }</p> });

    html! {
        <section class="dlvm-details" data-selected={record.id.to_string()} data-status={e.status.slug()}
            aria-labelledby={heading.clone()}>
            <h3 class="dlvm-h3" id={heading}>{ record_name(record) }{ " " }{ badge(lang, e.status) }</h3>
            <h4 class="dlvm-h4">{ strings.what_it_means }</h4>
            <p>{ explain_status(lang, &e) }</p>
            <h4 class="dlvm-h4">{ strings.dates }</h4>
            <dl class="dlvm-dates">
                <dt>{ strings.released }</dt><dd>{ released }</dd>
                <dt>{ strings.end_of_patch }</dt><dd>{ dated(lang, state.at, record.end_of_patch) }</dd>
                <dt>{ strings.end_of_availability }</dt><dd>{ dated(lang, state.at, record.end_of_availability) }</dd>
            </dl>
            <h4 class="dlvm-h4">{ strings.warnings }</h4>
            if e.warnings.is_empty() {
                <p>{ strings.no_warnings }</p>
            } else {
                <ul class="dlvm-warnings">{ for warnings }</ul>
            }
            { for advice }
            { for no_advice }
            <h4 class="dlvm-h4">{ strings.image_families }</h4>
            <p class="dlvm-muted">{ strings.image_families_hint }</p>
            <ul class="dlvm-families">
                { for record.image_families.iter().map(|f| html! { <CopyFamily key={f.to_string()} text={f.clone()} /> }) }
            </ul>
            if !record.notes.is_empty() {
                <h4 class="dlvm-h4">{ strings.notes }</h4>
                <ul>{ for record.notes.iter().map(|n| html! { <li>{ n.to_string() }</li> }) }</ul>
            }
            if let Some(issue) = &record.data_issue {
                <h4 class="dlvm-h4">{ strings.data_quality }</h4>
                <p class="dlvm-data-issue">{ issue.to_string() }</p>
            }
        </section>
    }
}
