//! Copies outside the browser, as the user meets them: how old each plan's last backup
//! is, the reminder once a day, the automatic backup file, and the warning for browsers
//! that delete what an unvisited site keeps.

use std::time::Duration;

use leptos::prelude::*;

use super::exchange::back_up_all;
use super::use_texts;
use crate::plan::backup::{
    browser as engine_of, days_since, keeping, reminder, Device, Engine, Keeping, PlanCopy,
    Reminder, DEFAULT_REMIND_DAYS, REMIND_DAY_CHOICES,
};
use crate::plan::Plan;
use crate::state::AppState;
use crate::store::backup_file::{self, Written};
use crate::store::{browser, envelope};

/// How long changes wait before the backup file is written again: long enough that typing
/// never waits on a file, short enough that little is ever only in the browser.
const FILE_DELAY: Duration = Duration::from_secs(3);

/// What the app knows about copies outside the browser, made once at start (outside the
/// language switch, so switching language does not show the daily reminder again).
#[derive(Clone, Copy)]
pub struct Backups {
    /// The reminder due today, until the user backs up or puts it off.
    reminder: RwSignal<Option<Reminder>>,
    /// What the browser says about keeping storage, once it has answered.
    facts: RwSignal<Option<Facts>>,
    eviction_read: RwSignal<bool>,
    file: RwSignal<Option<String>>,
    file_status: RwSignal<FileStatus>,
    /// A write of the backup file is waiting for `FILE_DELAY`.
    file_timer: StoredValue<bool>,
    /// The plans the file was last written with by this page: a deleted plan changes no
    /// other plan, but the file must lose it too.
    file_ids: StoredValue<Option<Vec<String>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Facts {
    installed: bool,
    persisted: Option<bool>,
    engine: Engine,
    device: Device,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FileStatus {
    NotYet,
    Written(String),
    Failed,
    NeedsPermission,
}

/// The plan as the reminder sees it, in local calendar days.
fn copy_of(plan: &Plan) -> PlanCopy {
    PlanCopy {
        backed_up: browser::local_day(&plan.last_exported),
        created: browser::local_day(&plan.created).unwrap_or_else(browser::today),
        unbacked_changes: plan.changed_since_export(),
    }
}

fn remind_days() -> u32 {
    browser::setting(browser::REMIND_DAYS_KEY)
        .and_then(|d| d.parse().ok())
        .unwrap_or(DEFAULT_REMIND_DAYS)
}

/// Sets up backups for the app: today's reminder (noted as shown, so it shows once a
/// day), the facts for the eviction warning, and the automatic backup file.
pub fn start(state: AppState) -> Backups {
    let today = browser::today();
    let copies: Vec<PlanCopy> = state
        .plans
        .with_untracked(|ps| ps.iter().map(copy_of).collect());
    let reminded = browser::setting(browser::REMINDED_KEY);
    let due = reminder(&copies, &today, reminded.as_deref(), remind_days());
    if due.is_some() {
        browser::set_setting(browser::REMINDED_KEY, &today);
    }
    let backups = Backups {
        reminder: RwSignal::new(due),
        facts: RwSignal::new(None),
        eviction_read: RwSignal::new(browser::setting(browser::EVICTION_READ_KEY).is_some()),
        file: RwSignal::new(None),
        file_status: RwSignal::new(FileStatus::NotYet),
        file_timer: StoredValue::new(false),
        file_ids: StoredValue::new(None),
    };
    leptos::task::spawn_local(async move {
        let (installed, persisted, agent, touch) = browser::keeping_facts().await;
        let (engine, device) = engine_of(&agent, touch);
        backups.facts.set(Some(Facts {
            installed,
            persisted,
            engine,
            device,
        }));
        if let Some(name) = backup_file::chosen().await {
            if !backup_file::allowed().await {
                backups.file_status.set(FileStatus::NeedsPermission);
            }
            backups.file.set(Some(name));
        }
    });
    // The file follows the plans: any change not yet in it is written a little later.
    Effect::new(move |_| {
        let changed = state
            .plans
            .with(|ps| ps.iter().any(Plan::changed_since_export));
        let ready = backups.file.with(Option::is_some)
            && backups
                .file_status
                .with(|s| *s != FileStatus::NeedsPermission);
        if changed && ready && !backups.file_timer.get_value() {
            backups.file_timer.set_value(true);
            set_timeout(
                move || leptos::task::spawn_local(write_file(state, backups)),
                FILE_DELAY,
            );
        }
    });
    backups
}

/// Writes every plan to the backup file, as an export would, and notes them as backed up.
async fn write_file(state: AppState, backups: Backups) {
    let now = browser::now();
    // Sealed, as an export is (exchange.rs), so a merge of this file knows the newest edits.
    let ids = state.ids();
    let plans: Vec<Plan> = ids.iter().filter_map(|id| state.sealed(id)).collect();
    let text = envelope::export(&plans, env!("CARGO_PKG_VERSION"), &now);
    let written = backup_file::write(&text).await;
    backups.file_timer.set_value(false);
    match written {
        Written::Yes => {
            state.mark_exported(&ids, &now);
            backups.file_ids.set_value(Some(ids));
            backups.file_status.set(FileStatus::Written(now));
        }
        Written::NeedsPermission => backups.file_status.set(FileStatus::NeedsPermission),
        Written::Failed => backups.file_status.set(FileStatus::Failed),
    }
}

fn use_backups() -> Backups {
    expect_context::<Backups>()
}

/// "Sikkerhetskopi for 3 dager siden · Endringer som ikke er med i noen sikkerhetskopi".
#[component]
pub fn PlanBackupAge(id: String) -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    move || {
        let (copy, exported) = state
            .read(&id, |p| (copy_of(p), !p.last_exported.is_empty()))
            .unwrap_or((copy_of(&Plan::default()), false));
        let days = copy
            .backed_up
            .as_deref()
            .and_then(|day| days_since(day, &browser::today()));
        // "No backup yet" already says it all for a plan that never had one.
        let changed = copy.unbacked_changes && exported;
        view! {
            <p class="plan-card__meta backup-age">
                {(t.backup.age)(days)}
                {changed.then(|| view! { " · " <span class="unexported">{t.backup.not_in_backup}</span> })}
            </p>
        }
    }
}

/// The plans page's account of backups: the newest, what no backup holds yet, when to
/// be reminded, and the automatic file.
#[component]
pub fn BackupStatus() -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let summary = move || {
        state.plans.with(|ps| {
            let newest = ps
                .iter()
                .map(|p| p.last_exported.as_str())
                .filter(|e| !e.is_empty())
                .max()
                .and_then(browser::local_day)
                .and_then(|day| days_since(&day, &browser::today()));
            let unbacked = ps.iter().filter(|p| p.changed_since_export()).count();
            (newest, unbacked)
        })
    };
    let days = RwSignal::new(remind_days());
    let choose_days = move |ev: leptos::ev::Event| {
        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
            browser::set_setting(browser::REMIND_DAYS_KEY, &n.to_string());
            days.set(n);
        }
    };
    view! {
        <section class="backup-status" aria-label=t.backup.auto_title>
            <p>
                <strong>{move || (t.backup.age)(summary().0)}</strong>". "
                <span class:unexported=move || { summary().1 > 0 }>{move || (t.backup.unbacked)(summary().1)}</span>
            </p>
            <label class="backup-status__remind">
                {t.backup.remind_after}" "
                <select on:change=choose_days>
                    {REMIND_DAY_CHOICES.into_iter().map(|n| view! {
                        <option value=n.to_string() selected=move || days.get() == n>{(t.backup.days)(n)}</option>
                    }).collect_view()}
                </select>
            </label>
            <AutoBackup/>
        </section>
    }
}

/// Choosing the automatic backup file, and what became of the last write. Not shown in
/// browsers without the File System Access API.
#[component]
fn AutoBackup() -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let backups = use_backups();
    if !backup_file::available() {
        return ().into_any();
    }
    let choose = move |_| {
        // No date in its name: the same file is written again and again.
        let suggested = format!("{}.json", t.backup.file_title.replace(' ', "-"));
        leptos::task::spawn_local(async move {
            match backup_file::choose(&suggested).await {
                Ok(Some(name)) => {
                    backups.file_status.set(FileStatus::NotYet);
                    backups.file.set(Some(name));
                    // Everything goes into the new file, changed or not.
                    write_file(state, backups).await;
                }
                Ok(None) => {}
                Err(()) => backups.file_status.set(FileStatus::Failed),
            }
        });
    };
    let regrant = move |_| {
        leptos::task::spawn_local(async move {
            if backup_file::regrant().await {
                backups.file_status.set(FileStatus::NotYet);
                write_file(state, backups).await;
            }
        });
    };
    let stop = move |_| {
        leptos::task::spawn_local(async move {
            backup_file::forget().await;
            backups.file.set(None);
            backups.file_status.set(FileStatus::NotYet);
        });
    };
    let status = move || {
        let name = backups.file.get()?;
        Some(match backups.file_status.get() {
            FileStatus::NotYet => view! { <p>{(t.backup.auto_not_yet)(&name)}</p> }.into_any(),
            FileStatus::Written(at) => {
                let when = format!("{} {}", (t.format_date)(&at), browser::local_time(&at));
                view! { <p class="backup-file__ok">{(t.backup.auto_written)(&name, &when)}</p> }.into_any()
            }
            FileStatus::Failed => view! { <p class="notice notice--error" role="alert">{(t.backup.auto_failed)(&name)}</p> }.into_any(),
            FileStatus::NeedsPermission => view! {
                <div class="notice notice--warning" role="alert">
                    <p>{(t.backup.auto_regrant)(&name)}</p>
                    <button class="button button--primary" on:click=regrant>{t.backup.auto_regrant_button}</button>
                </div>
            }.into_any(),
        })
    };
    view! {
        <div class="backup-file">
            <h2>{t.backup.auto_title}</h2>
            <p>{t.backup.auto_body}</p>
            {status}
            <div class="actions">
                <button class="button" on:click=choose>
                    {move || if backups.file.with(Option::is_some) { t.backup.auto_other } else { t.backup.auto_choose }}
                </button>
                <Show when=move || backups.file.with(Option::is_some)>
                    <button class="button button--danger-quiet" on:click=stop>{t.backup.auto_stop}</button>
                </Show>
            </div>
        </div>
    }
    .into_any()
}

/// The reminder, on whichever page the app opened, once a day.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let backups = use_backups();
    move || {
        backups.reminder.get().map(|Reminder { plans, days }| {
            view! {
                <section class="notice notice--warning" role="status" aria-labelledby="backup-reminder-title">
                    <h2 id="backup-reminder-title">{(t.backup.remind_title)(plans, days)}</h2>
                    <p>{t.backup.remind_body}</p>
                    <div class="actions">
                        <button class="button button--primary" on:click=move |_| {
                            back_up_all(state, t);
                            backups.reminder.set(None);
                        }>{t.backup.backup_now}</button>
                        <button class="button" on:click=move |_| backups.reminder.set(None)>{t.backup.remind_tomorrow}</button>
                    </div>
                </section>
            }
        })
    }
}

/// Whether this browser may delete the plans after days without a visit, as far as the
/// browser says (the promise asked for after the first plan counts too).
pub fn keeping_here(state: AppState) -> Option<(Keeping, Device)> {
    let backups = use_backups();
    let facts = backups.facts.get()?;
    let persisted = state.persisted.get().or(facts.persisted);
    Some((
        keeping(facts.installed, persisted, facts.engine),
        facts.device,
    ))
}

/// Said once, where the browser deletes an unvisited site's storage (Safari in a tab):
/// the two remedies, with the steps for the device in hand.
#[component]
pub fn EvictionWarning() -> impl IntoView {
    let t = use_texts();
    let state = expect_context::<AppState>();
    let backups = use_backups();
    move || {
        let (kept, device) = keeping_here(state)?;
        let show = kept == Keeping::ClearedUnvisited
            && !backups.eviction_read.get()
            && !state.plans.with(Vec::is_empty);
        show.then(|| {
            let steps = match device {
                Device::Iphone => t.backup.evict_iphone,
                Device::Ipad => t.backup.evict_ipad,
                Device::Mac => t.backup.evict_mac,
                Device::Other => t.backup.evict_other,
            };
            let read = move |_| {
                browser::set_setting(browser::EVICTION_READ_KEY, &browser::today());
                backups.eviction_read.set(true);
            };
            view! {
                <section class="notice notice--warning" role="alert" aria-labelledby="eviction-title">
                    <h2 id="eviction-title">{t.backup.evict_title}</h2>
                    <p>{t.backup.evict_body}</p>
                    <p>{steps}</p>
                    <p>{t.backup.evict_backup}</p>
                    <div class="actions">
                        <button class="button button--primary" on:click=move |_| back_up_all(state, t)>{t.backup.backup_now}</button>
                        <button class="button" on:click=read>{t.backup.evict_dismiss}</button>
                    </div>
                </section>
            }
        })
    }
}
