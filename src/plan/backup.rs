//! Copies outside the browser: how old a plan's last backup is, when to remind the user to
//! make one, and whether to tell them that this browser may delete what it keeps.
//! Pure: days come in as local calendar dates (yyyy-mm-dd), the browser as plain facts.

/// Days of changes without a backup before the app reminds, unless the user chose others.
pub const DEFAULT_REMIND_DAYS: u32 = 7;
/// The choices offered for that.
pub const REMIND_DAY_CHOICES: [u32; 4] = [3, 7, 14, 30];

/// Days from the epoch of a yyyy-mm-dd date (proleptic Gregorian); `None` if it is not one.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.get(..10)?.split('-');
    let (y, m, d) = (
        parts.next()?.parse::<i64>().ok()?,
        parts.next()?.parse::<i64>().ok()?,
        parts.next()?.parse::<i64>().ok()?,
    );
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Whole calendar days from `earlier` to `later` (0 the same day), never negative: a clock
/// set back must not make a backup look newer than today.
pub fn days_since(earlier: &str, later: &str) -> Option<u32> {
    let days = day_number(later)? - day_number(earlier)?;
    Some(u32::try_from(days.max(0)).unwrap_or(u32::MAX))
}

/// One plan as the reminder sees it: local dates of its last backup (`None`: never) and of
/// its creation, and whether it has changes that no backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanCopy {
    pub backed_up: Option<String>,
    pub created: String,
    pub unbacked_changes: bool,
}

impl PlanCopy {
    /// Days the plan's changes have waited for a backup: since its last backup, or since
    /// it was made when it never had one. `None` when every change is in a backup.
    pub fn waiting_days(&self, today: &str) -> Option<u32> {
        if !self.unbacked_changes {
            return None;
        }
        days_since(self.backed_up.as_deref().unwrap_or(&self.created), today)
    }
}

/// What the reminder says: how many plans wait, and the longest wait in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reminder {
    pub plans: usize,
    pub days: u32,
}

/// Whether to remind today: once a day at most (`reminded` is the last day it did), when
/// some plan's changes have waited `remind_days` or more for a backup.
pub fn reminder(
    plans: &[PlanCopy],
    today: &str,
    reminded: Option<&str>,
    remind_days: u32,
) -> Option<Reminder> {
    if reminded == Some(today) {
        return None;
    }
    let waiting: Vec<u32> = plans.iter().filter_map(|p| p.waiting_days(today)).collect();
    let days = waiting.iter().copied().max()?;
    (days >= remind_days).then_some(Reminder {
        plans: waiting.iter().filter(|&&d| d >= remind_days).count(),
        days,
    })
}

/// The browser engine, as far as keeping storage goes. Every browser on iOS and iPadOS is
/// WebKit, whatever its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    WebKit,
    Chromium,
    Gecko,
    Other,
}

/// The device, for the steps that add the app to the home screen or the Dock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Device {
    Iphone,
    Ipad,
    Mac,
    Other,
}

/// Engine and device from the user agent string and the number of touch points (iPadOS
/// presents itself as a Mac, but a Mac has no touch screen).
pub fn browser(user_agent: &str, touch_points: u32) -> (Engine, Device) {
    let has = |s: &str| user_agent.contains(s);
    let device = if has("iPhone") || has("iPod") {
        Device::Iphone
    } else if has("iPad") || (has("Macintosh") && touch_points > 1) {
        Device::Ipad
    } else if has("Macintosh") {
        Device::Mac
    } else {
        Device::Other
    };
    let engine = if matches!(device, Device::Iphone | Device::Ipad) {
        Engine::WebKit
    } else if has("Firefox/") {
        Engine::Gecko
    } else if has("Chrome/") || has("Chromium/") || has("Edg/") {
        Engine::Chromium
    } else if has("AppleWebKit/") && has("Safari/") {
        Engine::WebKit
    } else {
        Engine::Other
    };
    (engine, device)
}

/// What the user should be told about this browser keeping the plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeping {
    /// Installed, or the browser promised to keep the storage: nothing to say.
    Kept,
    /// The browser may clear the storage when the disk runs short of space.
    ClearedWhenFull,
    /// The browser deletes what a site keeps after some days of use without a visit to it
    /// (Safari's seven days), unless the app is on the home screen or in the Dock.
    ClearedUnvisited,
}

/// `installed`: running as an app from the home screen or the Dock; `persisted`: the
/// browser's answer to `navigator.storage.persisted()`, `None` if it has no such API.
pub fn keeping(installed: bool, persisted: Option<bool>, engine: Engine) -> Keeping {
    if installed || persisted == Some(true) {
        Keeping::Kept
    } else if engine == Engine::WebKit {
        Keeping::ClearedUnvisited
    } else {
        Keeping::ClearedWhenFull
    }
}
