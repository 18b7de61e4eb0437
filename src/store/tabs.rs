//! Telling the other tabs of this browser what was just written, so each reads it again.
//! Only what happened travels (which plan was saved or removed); the plan itself is read
//! from storage, so a tab never applies a copy that storage did not accept.

use leptos::prelude::{on_cleanup, StoredValue, UpdateValue};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "dekom";

/// What one tab tells the others, after the write has committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Told {
    Saved(String),
    Removed(String),
    Erased,
}

impl Told {
    fn to_message(&self) -> String {
        match self {
            Told::Saved(id) => format!("saved:{id}"),
            Told::Removed(id) => format!("removed:{id}"),
            Told::Erased => "erased".into(),
        }
    }

    fn parse(message: &str) -> Option<Told> {
        match message.split_once(':') {
            Some(("saved", id)) => Some(Told::Saved(id.into())),
            Some(("removed", id)) => Some(Told::Removed(id.into())),
            None if message == "erased" => Some(Told::Erased),
            _ => None,
        }
    }
}

/// One channel to the other tabs; without BroadcastChannel (old browsers) tabs just do not
/// follow each other, and nothing else changes.
pub struct Tabs {
    channel: Option<BroadcastChannel>,
}

impl Tabs {
    pub fn open() -> Self {
        Tabs { channel: BroadcastChannel::new(CHANNEL).ok() }
    }

    pub fn tell(&self, told: &Told) {
        if let Some(channel) = &self.channel {
            let _ = channel.post_message(&JsValue::from_str(&told.to_message()));
        }
    }

    /// Calls `f` for every message from another tab until the reactive owner it was called
    /// under is cleaned up (the app, for the life of the page).
    pub fn listen(&self, f: impl Fn(Told) + 'static) {
        let Some(channel) = self.channel.clone() else { return };
        let callback = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
            if let Some(told) = ev.data().as_string().as_deref().and_then(Told::parse) {
                f(told);
            }
        });
        if channel.add_event_listener_with_callback("message", callback.as_ref().unchecked_ref()).is_err() {
            return;
        }
        let listener = StoredValue::new_local(Some((channel, callback)));
        on_cleanup(move || {
            let _ = listener.try_update_value(|l| {
                if let Some((channel, callback)) = l.take() {
                    let _ = channel.remove_event_listener_with_callback("message", callback.as_ref().unchecked_ref());
                }
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::Told;

    #[test]
    fn messages_read_back_as_what_was_told() {
        for told in [Told::Saved("p-1:x".into()), Told::Removed("p2".into()), Told::Erased] {
            assert_eq!(Told::parse(&told.to_message()), Some(told));
        }
        assert_eq!(Told::parse("something else"), None);
    }
}
