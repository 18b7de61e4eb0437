//! Telling the other tabs of this browser what was just written, so each reads it again.
//! Only what happened travels (which plan was saved or removed); the plan itself is read
//! from storage, so a tab never applies a copy that storage did not accept.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use leptos::prelude::{on_cleanup, StoredValue, WithValue};
use wasm_bindgen::{JsCast, JsValue};
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
    inbox: Rc<RefCell<Inbox>>,
    // The channel's "message" listener, removed when `Tabs` is dropped.
    _on_message: Option<EventListener>,
}

/// Messages that came before anyone listened, and then the one who listens. The channel
/// opens before storage is read, so a write another tab makes while this one starts is
/// either read or heard of, never missed.
#[derive(Default)]
struct Inbox {
    early: Vec<Told>,
    listener: Option<Box<dyn Fn(Told)>>,
}

impl Tabs {
    pub fn open() -> Self {
        let inbox = Rc::new(RefCell::new(Inbox::default()));
        let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
            return Tabs {
                channel: None,
                inbox,
                _on_message: None,
            };
        };
        let sink = inbox.clone();
        let on_message = EventListener::new(&channel, "message", move |ev| {
            let Some(told) = ev
                .dyn_ref::<MessageEvent>()
                .and_then(|ev| ev.data().as_string())
                .as_deref()
                .and_then(Told::parse)
            else {
                return;
            };
            let mut inbox = sink.borrow_mut();
            match &inbox.listener {
                Some(listener) => listener(told),
                None => inbox.early.push(told),
            }
        });
        Tabs {
            channel: Some(channel),
            inbox,
            _on_message: Some(on_message),
        }
    }

    pub fn tell(&self, told: &Told) {
        if let Some(channel) = &self.channel {
            let _ = channel.post_message(&JsValue::from_str(&told.to_message()));
        }
    }

    /// Calls `f` for every message from another tab, those that came early first, until
    /// the reactive owner it was called under is cleaned up (the app, for the life of the
    /// page); then the channel closes.
    pub fn listen(&self, f: impl Fn(Told) + 'static) {
        let early = std::mem::take(&mut self.inbox.borrow_mut().early);
        early.into_iter().for_each(&f);
        self.inbox.borrow_mut().listener = Some(Box::new(f));
        let channel = StoredValue::new_local(self.channel.clone());
        on_cleanup(move || {
            let _ = channel.try_with_value(|c| c.as_ref().map(BroadcastChannel::close));
        });
    }
}

#[cfg(test)]
mod tests {
    use super::Told;

    #[test]
    fn messages_read_back_as_what_was_told() {
        for told in [
            Told::Saved("p-1:x".into()),
            Told::Removed("p2".into()),
            Told::Erased,
        ] {
            assert_eq!(Told::parse(&told.to_message()), Some(told));
        }
        assert_eq!(Told::parse("something else"), None);
    }
}
