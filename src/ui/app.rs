use crate::domain::catalog::Framework;
use crate::domain::date::Date;
use crate::domain::policy::status_at;
use crate::shipped::SHIPPED;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The evaluation date; the reader's local date when `None`.
    pub at: Option<Date>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let at = props.at.unwrap_or_else(super::local_today);
    html! {
        <section class="dlvm" data-as-of={at.to_string()}>
            <h1>{ "Deep Learning VM framework support" }</h1>
            <p>{ format!("Status on {at}; catalog as of {}.", SHIPPED.as_of) }</p>
            { for Framework::ALL.into_iter().map(|framework| html! {
                <table>
                    <caption>{ framework.name() }</caption>
                    <thead><tr><th>{ "Version" }</th><th>{ "Status" }</th><th>{ "End of patch & support" }</th><th>{ "End of availability" }</th></tr></thead>
                    <tbody>
                    { for SHIPPED.records_of(framework).map(|record| {
                        let status = status_at(record, at).slug();
                        html! {
                            <tr data-version-id={record.id.to_string()} data-status={status}>
                                <td>{ record.label.to_string() }</td>
                                <td>{ status }</td>
                                <td>{ record.end_of_patch.to_string() }</td>
                                <td>{ record.end_of_availability.to_string() }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}
