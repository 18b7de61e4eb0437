use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    // Storage opens first, so the app mounts with the stored plans (and knows at once when
    // there is no storage).
    wasm_bindgen_futures::spawn_local(async {
        let opened = dekom::store::plans::open().await;
        leptos::mount::mount_to_body(move || view! { <dekom::App opened/> });
    });
}
