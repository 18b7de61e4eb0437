//! A facilitator's countdown for workshop mode: minutes chosen, start, pause and reset.
//! It says politely when the time is up; no sound.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::use_texts;

const DEFAULT_MINUTES: u32 = 5;

#[component]
pub fn Timer() -> impl IntoView {
    let w = &use_texts().workshop;
    let minutes = RwSignal::new(DEFAULT_MINUTES);
    let left_ms = RwSignal::new(f64::from(DEFAULT_MINUTES) * 60_000.0);
    // When running: the moment (Date.now()) the time runs out.
    let ends = RwSignal::new(None::<f64>);
    let up = RwSignal::new(false);
    let tick = move || {
        if let Some(end) = ends.get_untracked() {
            let left = (end - js_sys::Date::now()).max(0.0);
            left_ms.set(left);
            if left == 0.0 {
                ends.set(None);
                up.set(true);
            }
        }
    };
    // An interval only while the time runs: made on start, dropped (cleared) on pause,
    // reset, time up, and when the timer goes. From an effect, so the tick that finds the
    // time up does not drop its own interval while it runs.
    let interval = StoredValue::new_local(None::<Interval>);
    Effect::new(move |_| {
        let running = ends.with(Option::is_some);
        interval.set_value(running.then(|| Interval::new(250, tick)));
    });
    let start_pause = move |_| match ends.get_untracked() {
        Some(_) => {
            tick();
            ends.set(None);
        }
        None => {
            if left_ms.get_untracked() == 0.0 {
                left_ms.set(f64::from(minutes.get_untracked()) * 60_000.0);
            }
            up.set(false);
            ends.set(Some(js_sys::Date::now() + left_ms.get_untracked()));
        }
    };
    let reset = move |_| {
        ends.set(None);
        up.set(false);
        left_ms.set(f64::from(minutes.get_untracked()) * 60_000.0);
    };
    let set_minutes = move |ev: leptos::ev::Event| {
        if let Ok(m) = event_target_value(&ev).trim().parse::<u32>() {
            let m = m.clamp(1, 180);
            minutes.set(m);
            if ends.get_untracked().is_none() {
                up.set(false);
                left_ms.set(f64::from(m) * 60_000.0);
            }
        }
    };
    let shown = move || {
        let secs = (left_ms.get() / 1000.0).ceil() as u64;
        format!("{}:{:02}", secs / 60, secs % 60)
    };
    view! {
        <div class="timer" role="group" aria-label=w.timer_label class:timer--up=move || up.get()>
            <label class="timer__minutes">
                <span>{w.minutes}</span>
                <input type="number" min="1" max="180" prop:value=move || minutes.get().to_string() on:change=set_minutes/>
            </label>
            <span class="timer__time" role="timer" aria-label=w.time_left>{shown}</span>
            <button class="button" type="button" on:click=start_pause>{move || if ends.get().is_some() { w.pause } else { w.start }}</button>
            <button class="button" type="button" on:click=reset>{w.reset}</button>
            <span class="visually-hidden" role="status">{move || up.get().then_some(w.time_up)}</span>
        </div>
    }
}
