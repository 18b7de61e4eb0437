//! Backups: how old they are, when the reminder comes (once a day, after the chosen days),
//! and which browsers are told that they may delete the plans.

use dekom::plan::backup::{
    browser, day_number, days_since, keeping, reminder, Device, Engine, Keeping, PlanCopy,
    Reminder, DEFAULT_REMIND_DAYS,
};

fn copy(backed_up: Option<&str>, created: &str, unbacked: bool) -> PlanCopy {
    PlanCopy {
        backed_up: backed_up.map(str::to_string),
        created: created.to_string(),
        unbacked_changes: unbacked,
    }
}

#[test]
fn days_count_calendar_days_across_months_years_and_leap_days() {
    assert_eq!(days_since("2026-12-02", "2026-12-02"), Some(0));
    assert_eq!(
        days_since("2026-12-01T23:59:00.000Z", "2026-12-02"),
        Some(1)
    );
    assert_eq!(days_since("2026-12-28", "2027-01-04"), Some(7));
    assert_eq!(days_since("2028-02-28", "2028-03-01"), Some(2));
    assert_eq!(day_number("1970-01-01"), Some(0));
    // A clock set back never makes a backup newer than today.
    assert_eq!(days_since("2026-12-09", "2026-12-02"), Some(0));
    assert_eq!(days_since("not a date", "2026-12-02"), None);
    assert_eq!(day_number("2026-13-01"), None);
}

#[test]
fn no_reminder_before_the_chosen_days_then_one_a_day() {
    let plans = [copy(Some("2026-12-01"), "2026-11-01", true)];
    let remind = |today, reminded| reminder(&plans, today, reminded, DEFAULT_REMIND_DAYS);
    assert_eq!(remind("2026-12-07", None), None, "six days: not yet");
    assert_eq!(
        remind("2026-12-08", None),
        Some(Reminder { plans: 1, days: 7 })
    );
    assert_eq!(remind("2026-12-08", Some("2026-12-08")), None, "once a day");
    assert_eq!(
        remind("2026-12-09", Some("2026-12-08")),
        Some(Reminder { plans: 1, days: 8 })
    );
    assert_eq!(
        reminder(&plans, "2026-12-08", None, 14),
        None,
        "the user's own days"
    );
}

#[test]
fn plans_whose_changes_are_all_in_a_backup_never_remind() {
    let plans = [
        copy(Some("2026-01-01"), "2025-08-01", false),
        copy(None, "2026-11-30", true),
    ];
    assert_eq!(reminder(&plans, "2026-12-02", None, 7), None);
    // A plan never backed up waits since it was made.
    assert_eq!(
        reminder(&plans, "2026-12-07", None, 7),
        Some(Reminder { plans: 1, days: 7 })
    );
    assert_eq!(reminder(&[], "2026-12-07", None, 7), None);
}

#[test]
fn the_reminder_counts_only_plans_that_waited_long_enough() {
    let plans = [
        copy(Some("2026-11-01"), "2026-10-01", true),
        copy(Some("2026-11-30"), "2026-10-01", true),
        copy(None, "2026-11-02", true),
    ];
    assert_eq!(
        reminder(&plans, "2026-12-02", None, 7),
        Some(Reminder { plans: 2, days: 31 })
    );
}

const SAFARI_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
const SAFARI_IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const CHROME_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1";
const CHROME_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const EDGE_WINDOWS: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
const FIREFOX_LINUX: &str =
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const FIREFOX_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15";

#[test]
fn browsers_are_told_apart_and_every_ios_browser_is_webkit() {
    assert_eq!(browser(SAFARI_MAC, 0), (Engine::WebKit, Device::Mac));
    // iPadOS asks for desktop pages as a Mac; only its touch screen tells.
    assert_eq!(browser(SAFARI_MAC, 5), (Engine::WebKit, Device::Ipad));
    assert_eq!(browser(SAFARI_IPHONE, 5), (Engine::WebKit, Device::Iphone));
    assert_eq!(browser(CHROME_IOS, 5), (Engine::WebKit, Device::Iphone));
    assert_eq!(browser(FIREFOX_IOS, 5), (Engine::WebKit, Device::Iphone));
    assert_eq!(browser(CHROME_MAC, 0), (Engine::Chromium, Device::Mac));
    assert_eq!(browser(EDGE_WINDOWS, 0), (Engine::Chromium, Device::Other));
    assert_eq!(browser(FIREFOX_LINUX, 0), (Engine::Gecko, Device::Other));
    assert_eq!(browser("", 0), (Engine::Other, Device::Other));
}

#[test]
fn only_a_browser_that_neither_promised_nor_runs_the_app_installed_is_warned() {
    use Engine::*;
    for engine in [WebKit, Chromium, Gecko, Other] {
        for persisted in [None, Some(false), Some(true)] {
            for installed in [false, true] {
                let told = keeping(installed, persisted, engine);
                let expected = if installed || persisted == Some(true) {
                    Keeping::Kept
                } else if engine == WebKit {
                    Keeping::ClearedUnvisited
                } else {
                    Keeping::ClearedWhenFull
                };
                assert_eq!(
                    told, expected,
                    "{engine:?} {persisted:?} installed={installed}"
                );
            }
        }
    }
    // Safari in a tab, the case the warning is for.
    let (engine, _) = browser(SAFARI_IPHONE, 5);
    assert_eq!(
        keeping(false, Some(false), engine),
        Keeping::ClearedUnvisited
    );
    assert_eq!(keeping(true, Some(false), engine), Keeping::Kept);
}
