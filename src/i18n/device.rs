//! Texts about the app on this device: new versions, offline use, privacy, and deleting
//! everything the app keeps here.

pub struct DeviceTexts {
    pub update_ready: &'static str,
    pub update_reload: &'static str,
}

pub const NB: DeviceTexts = DeviceTexts {
    update_ready: "En ny versjon av appen er klar. Alt du har skrevet er lagret.",
    update_reload: "Last inn ny versjon",
};
